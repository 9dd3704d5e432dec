# tree-sitter leaves the sign of a negative number, and the wildcard, as anonymous tokens
# beside the alternatives of an or-pattern and the value of a keyword pattern.
match v:
    case True | -1 | -2.5:
        pass
    case C(x=-1, y=-2.0 as n) | C(x=_):
        pass
    case [-1 | _, 1 | _ as m]:
        pass
    case "a" | _:
        pass
