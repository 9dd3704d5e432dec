# from __future__ import annotations: annotations are kept as strings, never evaluated
from __future__ import annotations

def f(a: undefined_type, b: list[int] = [], *args: Foo, c: 'quoted', **kw: dict) -> Bar | None:
    return a
print(f.__annotations__)
print(f(1))

def g(x: 1 / 0) -> 2 + 3:
    pass
print(g.__annotations__)

class C:
    attr: NotDefined
    other: int = 5
    def m(self, x: C) -> C:
        return self
print(C.__annotations__, C.other)
print(C.m.__annotations__)

def nested():
    def inner(p: some.attribute[1, 2]) -> lambda: 0:
        pass
    return inner
print(nested().__annotations__)
v: does_not_exist = 3
print(v)
