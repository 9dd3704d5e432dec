# krait: SyntaxError: complex literals are not supported
match x:
    case 1+2j:
        pass
