match x:
    case a:
        pass
    case _:
        pass
    case a.b:
        pass
    case a.b.c:
        pass
