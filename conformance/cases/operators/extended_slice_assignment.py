# Extended-slice assignment needs an iterable of exactly the slice's length; plain slices
# take any length; deletion walks steps in either direction.
def show(label, fn):
    a = list(range(8))
    try:
        fn(a)
        print(label, a)
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__ + ":", e)


show("step2 ok", lambda a: a.__setitem__(slice(None, None, 2), "wxyz"))
show("step2 short", lambda a: a.__setitem__(slice(None, None, 2), [1, 2]))
show("step2 long", lambda a: a.__setitem__(slice(1, None, 2), range(9)))
show("neg step", lambda a: a.__setitem__(slice(None, None, -3), (7, 8, 9)))
show("neg step bad", lambda a: a.__setitem__(slice(6, 1, -2), []))
show("empty ext", lambda a: a.__setitem__(slice(5, 1, 2), []))
show("empty ext bad", lambda a: a.__setitem__(slice(5, 1, 2), [1]))
show("step1 grow", lambda a: a.__setitem__(slice(2, 4, 1), "abcde"))
show("step -1 len", lambda a: a.__setitem__(slice(4, 1, -1), "xyz"))
show("step -1 bad", lambda a: a.__setitem__(slice(4, 1, -1), "xy"))
show("not iterable ext", lambda a: a.__setitem__(slice(None, None, 2), 5))
show("not iterable", lambda a: a.__setitem__(slice(1, 2), 5))
show("generator", lambda a: a.__setitem__(slice(None, None, 4), (c for c in "pq")))
show("self ext", lambda a: a.__setitem__(slice(None, None, -1), a))
show("self plain", lambda a: a.__setitem__(slice(1, 3), a))
show("dict ext", lambda a: a.__setitem__(slice(0, 4, 2), {"k": 1, "j": 2}))
show("zero step", lambda a: a.__setitem__(slice(None, None, 0), []))
show("zero step del", lambda a: a.__delitem__(slice(None, None, 0)))
a = list(range(10))
a[1::3] = a[2::3]
print(a)
a[::-2] = "ABCDE"
print(a)
del a[-1::-3]
print(a)
del a[5:0:-2]
print(a)
del a[100:]
del a[::100]
print(a)
ba = bytearray(b"abcdef")
ba[::2] = b"XYZ"
print(ba)
for bad in [b"XY", [1, 2, 3], [300, 1, 2], "str"]:
    try:
        ba[::2] = bad
        print(ba)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
