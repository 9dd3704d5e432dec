match x:
    case 1 | 2 | 3:
        pass
    case [a] | (a, _):
        pass
    case 1 as a:
        pass
    case (1 | 2) as a:
        pass
    case [a as b, c]:
        pass
    case P(a=1 | 2):
        pass
    case _ as a:
        pass
