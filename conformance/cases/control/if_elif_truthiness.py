def describe(v):
    if v is None:
        return "none"
    elif isinstance(v, bool):
        return "bool"
    elif not v:
        return "falsy " + type(v).__name__
    elif v == 1:
        return "one"
    else:
        return "truthy " + type(v).__name__


for v in [None, True, False, 0, 0.0, "", [], (), {}, set(), range(0), b"", 1, 2, "x",
          [0], (None,), {0: 0}, frozenset([1]), range(1), -1, 1e-300]:
    print(repr(v), describe(v))


class WithBool:
    def __init__(self, b):
        self.b = b

    def __bool__(self):
        return self.b


class WithLen:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Both:
    def __bool__(self):
        return False

    def __len__(self):
        return 5


class Neither:
    pass


print(bool(WithBool(True)), bool(WithBool(False)), bool(WithLen(0)), bool(WithLen(3)))
print(bool(Both()), bool(Neither()))
for bad in [WithBool(1), WithBool("yes"), WithLen(-1), WithLen("3")]:
    try:
        if bad:
            print("truthy")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(0 or "" or [] or "last", 1 and 2 and 3, 0 and 1 / 0, 1 or 1 / 0)
print(not [], not [0], None or 0, [] and 1)
x = 5
print("big" if x > 3 else "small", "a" if 0 else "b" if 1 else "c")
