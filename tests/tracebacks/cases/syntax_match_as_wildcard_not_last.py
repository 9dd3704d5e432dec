def f(v):
    match v:
        case (_ as x):
            pass
        case 2:
            pass
