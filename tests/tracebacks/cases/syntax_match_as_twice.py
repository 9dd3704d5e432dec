def f(v):
    match v:
        case [1 | 2 as a as b]:
            pass
