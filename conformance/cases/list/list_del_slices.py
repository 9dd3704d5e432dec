for s in [slice(None), slice(2, 5), slice(None, None, 2), slice(1, None, 3), slice(None, None, -1), slice(None, None, -2), slice(-3, None),
          slice(5, 2), slice(100, None), slice(-100, 2), slice(7, 1, -2), slice(0, 10, 4), slice(None, None, 100)]:
    l = list(range(10))
    del l[s]
    print(s, l)
for bad in [slice(None, None, 0), slice("a", None), slice(None, 1.5)]:
    l = [1, 2, 3]
    try:
        del l[bad]
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
l = [1, 2, 3, 4]
del l[-1], l[0]
print(l)
del l[:]
print(l, len(l))
l = [[1, 2], [3]]
del l[0][1:]
print(l)
