class Keys:
    A = "a"
    B = "a"


def dup_at_runtime(v):
    match v:
        case {Keys.A: x, Keys.B: y}:
            return x, y


for subject in [{"a": 1}, {"a": 1, "b": 2}]:
    try:
        print("matched", dup_at_runtime(subject))
    except ValueError as e:
        print(type(e).__name__, e)


class Sized(dict):
    def __len__(self):
        print("len called")
        return 5

    def get(self, key, default=None):
        print("get", key)
        return super().get(key, default)


def keyed(v):
    match v:
        case {"x": 1, "y": y}:
            return y
        case {}:
            return "empty pattern matches any mapping"


print(keyed(Sized(x=1, y=2)))
print(keyed(Sized(x=2)))


class K:
    ONE = 1


def lookup(v):
    match v:
        case {K.ONE: one, -2: neg, "s": s}:
            return one, neg, s
        case {True: t}:
            return "bool key matches 1", t
        case _:
            return "no match"


print(lookup({1: "x", -2: "y", "s": "z"}))
print(lookup({1: "only"}))
print(lookup({1.0: "float key"}))
print(lookup({}))
