def f(v):
    match v:
        case [*a, 1, *b]:
            pass
