a: int
b: int = 1
(c): int = 1
d.e: int
f[0]: int = 2
g: list[int] = []
h: 'str'
i: int = yield_
class A:
    x: int
    y: str = ''
