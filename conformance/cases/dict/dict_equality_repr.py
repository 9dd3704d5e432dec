print({1: 2} == {1: 2}, {1: 2} == {1: 2.0}, {1: [1]} == {1: [1]}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {} == dict(), {1: 2} != {2: 1})
print({1: float("nan")} == {1: float("nan")}, {(1, 2): 3} == {(1.0, 2.0): 3}, {True: 1} == {1: 1}, {1: 2}.items() == {(1, 2)})
nan = float("nan")
print({1: nan} == {1: nan}, [nan] == [nan])
print(repr({}), repr({"a": "b"}), repr({1: "x", 2: None}), repr({(1,): [2, {3: 4}]}), repr({"'": '"'}), repr({1.5: -0.0}))
print(str({"x": 1}), f"{ {'y': 2} }", "%s" % {"z": 3}, format({1: 1}), ascii({"é": "ü"}))
class K:
    def __repr__(self):
        return "K!"
    def __hash__(self):
        return 1
print({K(): K()}, {1: K(), 2: [K()]})
d = {}
d[d.__class__.__name__] = d
print(d)
x = {"a": {"b": {"c": {}}}}
x["a"]["b"]["c"]["root"] = x
print(x)
try:
    {1: 2} < {1: 3}
except TypeError as e:
    print("TypeError", e)
{} <= {}
