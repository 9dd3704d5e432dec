def f(v):
    match v:
        case _ | 1:
            pass
