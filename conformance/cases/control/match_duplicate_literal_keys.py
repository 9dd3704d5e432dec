print("never printed: the duplicate key is a compile-time error")


def route(request):
    match request:
        case {"path": p, "method": "GET", 1: x, 1.0: y}:
            return p
