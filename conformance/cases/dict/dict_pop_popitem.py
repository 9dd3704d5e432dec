d = {c: ord(c) for c in "abcde"}
print(d.popitem(), d.popitem(), d)
print(d.pop("a"), d.pop("zz", None), d.pop("zz", "dflt"), d)
d["new"] = 1
print(d.popitem(), d)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError", e, repr(e))
e = {}
try:
    e.popitem()
except KeyError as ex:
    print("KeyError", ex, repr(ex))
big = {i: i for i in range(100)}
while len(big) > 95:
    big.popitem()
print(len(big), list(big)[-3:])
for i in range(50):
    big.pop(i)
print(len(big), list(big)[:3])
big[0] = "back"
print(list(big.items())[-2:])
try:
    {}.pop([1])
except TypeError as ex:
    print("TypeError", ex)
print({1: 2}.pop(1.0), {True: "t"}.pop(1))
{}.pop("k")
