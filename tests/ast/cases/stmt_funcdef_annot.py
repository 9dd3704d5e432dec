def f(a: int, b: str = 'x', *args: int, c: float, **kw: dict) -> None:
    pass
def g(a: 'x' = 1, /) -> 'y': pass
def h(*args: *Ts): pass
