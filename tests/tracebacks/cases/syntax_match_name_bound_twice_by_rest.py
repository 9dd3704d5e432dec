def f(v):
    match v:
        case {"k": x, **x}:
            pass
