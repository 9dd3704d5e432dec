a: Callable[[int], str]
b: tuple[int, ...]
c: x[a:b]
d: int | None
e: list[int] | None
f: x[*Ts]
g: a.B[int]
h: Literal['a']
i: dict[str, list[int]]
j: x[1:2, 3]
k: 'A' | 'B'
l: (int)
m: x[()]
n: x[a][b]
o: type[int] = int
def f(*args: *Ts) -> tuple[*Ts]: pass
def g(a: list[int] = [], *b: int, c: dict[str, int] | None = None) -> None | int: pass
