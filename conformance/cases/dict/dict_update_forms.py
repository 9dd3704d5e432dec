d = {"a": 1}
d.update({"b": 2})
d.update([("c", 3)])
d.update(d=4)
d.update({"e": 5}, f=6)
d.update((("g", 7),))
d.update(zip("hi", (8, 9)))
d.update({}.items())
print(d)
d.update({"a": "A"}, a="kw wins")
print(d["a"])
class M:
    def keys(self):
        return ["m"]
    def __getitem__(self, k):
        return "from M"
d.update(M())
print(d["m"])
d |= {"z": 26}
d |= [("y", 25)]
print(list(d)[-2:])
for bad in [1, [1], [(1, 2, 3)], "ab", [("a",)], {1: 2}.keys()]:
    try:
        {}.update(bad)
        print("ok", bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    {}.update({}, {})
except TypeError as e:
    print("TypeError", e)
e = {1: "one"}
e.update(e)
print(e)
{}.update(5)
