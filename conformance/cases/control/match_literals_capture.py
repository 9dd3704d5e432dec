def check(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case True:
            return "true"
        case None:
            return "none"
        case other:
            return f"other {other!r}"


for v in [0, 1, 3, "hello", b"bytes", -1, 1.5, True, False, None, 0.0, 1.0, "x", [],
          2.0]:
    print(repr(v), "->", check(v))


def wildcard(v):
    match v:
        case _:
            return "always"


print(wildcard(object) == "always")
five = 5
match five:
    case x if x > 10:
        print("big")
    case x:
        print("captured", x)
print("x after match:", x)
text = "no match"
match text:
    case "a":
        print("a")
print("fell through")
