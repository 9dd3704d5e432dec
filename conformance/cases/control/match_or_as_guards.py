def classify(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["pick", "up", item] | ["take", item]:
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["drop"]:
            return "drop what?"
        case [("quit" | "exit") as verb]:
            return f"bye ({verb})"
        case [verb, *_] if verb.startswith("x"):
            return "x-command"
        case _:
            return "unknown"


for c in ["go north", "go up", "pick up lamp", "take key", "drop a b", "drop", "quit", "exit",
          "xyzzy now", ""]:
    print(repr(c), "->", classify(c))
guard_calls = []


def guard(v):
    guard_calls.append(v)
    return v > 1


for v in [1, 2]:
    match v:
        case n if guard(n):
            print("guard passed", n)
        case n:
            print("guard failed", n)
print(guard_calls)
three = 3
match three:
    case (1 | 2 | 3) as n:
        print("as binds the whole or", n)
pair = [1, 2]
match pair:
    case [1, x] | [x, 1]:
        print("x bound by first alternative", x)
answer = 42
match answer:
    case int() | str() as value:
        print("value", value)
seen = None
seven = 7
match seven:
    case seen if seen > 100:
        pass
    case _:
        print("capture happens before a failing guard:", seen)
