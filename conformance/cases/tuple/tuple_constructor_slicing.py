t = tuple(range(10))
print(tuple(), tuple([]), tuple("ab"), tuple({1: 2}), tuple({5}), tuple(x for x in "xy"), tuple(b"ab"), tuple(t) is t, tuple(list(t)) == t)
for s in [slice(2, 5), slice(None, None, -1), slice(None, None, 3), slice(-3, None), slice(5, 2), slice(100, None), slice(-100, 3), slice(1, 8, -1), slice(8, 1, -3)]:
    print(s, t[s], type(t[s]).__name__)
print(t[:] is t, t[0:10] is t, t[::1] is t, t[::-1] is t, () [:] == ())
for bad in [10, -11, "a", 1.5, None]:
    try:
        t[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
class T(tuple):
    pass
st = T((1, 2, 3))
print(st[:], type(st[:]).__name__, st[::-1], type(st[1:]).__name__, st[0])
try:
    tuple(5)
except TypeError as e:
    print("TypeError", e)
print(tuple([[1]])[0] is tuple([[1]])[0] or "distinct", (1,) * 0 == (), () + () == (), ((),) + ((),))
t["x"]
