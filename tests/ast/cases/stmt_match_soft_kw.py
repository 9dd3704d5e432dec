match = 1
match.x = 2
case = 3
match(x)
match[0]
match x:
    case case:
        pass
