# tree-sitter reads `attr=P() as c` as `(attr=P()) as c`; CPython binds `as` to the value.
match x:
    case C(a=P() as c):
        pass
    case C(1, a=[1, 2] as lst, b=(3 | 4) as n):
        pass
    case C(a=P(b=Q() as q) as p, c=_ as d):
        pass
    case C(a=(P() as c)):
        pass
    case C(c=_):
        pass
    case C(c=_ as d, e=_):
        pass
