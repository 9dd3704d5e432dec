def show(base, s, val):
    l = list(base)
    try:
        l[s] = val
        print(s, repr(val)[:20], l)
    except (ValueError, TypeError) as e:
        print(s, repr(val)[:20], type(e).__name__, e)
base = list(range(8))
for s in [slice(0, 8, 2), slice(1, None, 2), slice(None, None, -1), slice(6, 0, -2), slice(None, None, 3), slice(-1, -9, -3), slice(10, 20, 2), slice(0, 0, 2)]:
    n = len(base[s])
    show(base, s, list("abcdefgh"[:n]))
    show(base, s, list("abcdefghij"[:n + 1]))
    show(base, s, [])
for s in [slice(2, 5), slice(5, 2), slice(None), slice(-2, None), slice(100, 200), slice(-100, 1)]:
    show(base, s, ["X", "Y"])
    show(base, s, [])
    show(base, s, "str")
    show(base, s, (9,))
    show(base, s, range(2))
    show(base, s, {7: 0})
show(base, slice(0, 4, 2), 5)
show(base, slice(0, 4), None)
show(base, slice(0, 4, 1), iter([1]))
l = list(range(5))
l[::2] = l[::2][::-1]
print(l)
l = list(range(5))
l[1:4] = l
print(l)
