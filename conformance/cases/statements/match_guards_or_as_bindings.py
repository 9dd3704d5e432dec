# Guards evaluated only after their pattern matched, in case order, with side effects;
# bindings made by a pattern stay bound even when the guard fails; or-patterns with
# bindings and as-patterns at several levels.
log = []


def guard(tag, result):
    log.append(tag)
    return result


def run(subject):
    log.clear()
    match subject:
        case [x, y] if guard(f"g1 x={x}", x > y):
            r = f"descending pair {x}>{y}"
        case [x, *_] if guard(f"g2 x={x}", x == 0):
            r = "starts with zero"
        case (int() | float()) as n if guard("g3", n < 0):
            r = f"negative {n}"
        case str() if guard("g4", False):
            r = "never"
        case _:
            r = "fallback"
    return r, log[:]


for s in [[3, 1], [1, 3], [0, 5, 6], [], -2, 2.5, "s"]:
    print(s, run(s))

match [5, 6]:
    case [a, b] if a > b:
        pass
    case _:
        print("guard failed but a and b stay bound:", a, b)


def points(p):
    match p:
        case (0, y) | (y, 0):
            return f"on an axis at {y}"
        case [(1 | 2) as first, *rest] if rest:
            return f"first {first}, rest {rest}"
        case {"v": [(x, y) as pair, *_] as items} as whole:
            return f"pair {pair} x={x} y={y} items={len(items)} keys={list(whole)}"
        case ([_, _] | (_, _, _)) as short:
            return f"short {type(short).__name__} {short}"
        case _:
            return "other"


for p in [(0, 7), (7, 0), (0, 0), [1, 9, 9], [2], {"v": [(3, 4), 5]}, [8, 9], (1, 2, 3), "xy"]:
    print(p, "->", points(p))


def nested_as(v):
    match v:
        case [[int() as a, int() as b] as inner, *_] as outer if a + b == len(outer):
            return f"a={a} b={b} inner={inner} outer={outer}"
        case ("x" | "y") as axis:
            return f"axis {axis}"
        case _:
            return "no"


for v in [[[1, 2], 0, 0], [[1, 2], 0], "x", "z"]:
    print(nested_as(v))
i = 0
for value in [10, 20, 30]:
    match value:
        case v if (i := i + 1) == 2:
            print("second iteration matched, v =", v)
print("guard ran", i, "times")
