match x:
    case a if a > 0:
        pass
    case [a, b] if a == b:
        pass
    case _ if (y := 1):
        pass
