# expect: limit=time
def stuck():
    while True:
        pass
match 1:
    case 1 if stuck():
        pass
