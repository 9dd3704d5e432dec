# Irrefutable patterns are fine when guarded, last, or inside a sub-pattern.
def f(v):
    match v:
        case x if x == 0:
            return "zero"
        case [a, b] | [b, a, _]:
            return f"pair {a} {b}"
        case {"k": y, **rest}:
            return f"mapping {y} {rest}"
        case _:
            return "other"


print(f(0), f([1, 2]), f([3, 4, 5]), f({"k": 1, "z": 2}), f(7))
