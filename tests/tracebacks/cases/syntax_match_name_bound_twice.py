def f(v):
    match v:
        case [x, x]:
            pass
