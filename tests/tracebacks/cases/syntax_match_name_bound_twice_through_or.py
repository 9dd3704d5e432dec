def f(v):
    match v:
        case [x, (x | x)]:
            pass
