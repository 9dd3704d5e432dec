def f(v):
    match v:
        case (1 | [x]) | (2 | [y]):
            pass
