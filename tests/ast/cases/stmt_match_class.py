match x:
    case P():
        pass
    case P(a, b):
        pass
    case P(a=1, b=c):
        pass
    case P(1, b=2):
        pass
    case a.B(c):
        pass
    case P(Q(a), [b]):
        pass
