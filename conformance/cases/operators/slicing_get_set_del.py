# Slices with steps on get, set and del over lists, strings, tuples, ranges and bytes.
data = list(range(10))
print(data[::3], data[::-3], data[7:2:-2], data[-3:], data[:-7:-1], data[100:], data[-100:2])
print("abcdefg"[1::2], "abcdefg"[::-1], (1, 2, 3, 4)[::2], range(20)[3:15:4], b"abcdef"[::-2])
print(data[slice(2, 8, 3)], data[slice(None)], slice(1, 10, 2).indices(5), slice(-1).indices(4))
a = list(range(8))
a[1:3] = ["x", "y", "z"]
print(a)
a[::2] = "ABCDE"
print(a)
a[5:] = []
print(a)
a[:0] = [0, 0]
print(a)
for bad in [lambda: a.__setitem__(slice(None, None, 2), [1]),
            lambda: a.__setitem__(slice(None, None, 0), []),
            lambda: data[::0],
            lambda: a.__setitem__(slice(0, 2), 5),
            lambda: "abc".__getitem__(slice(0, 1, 0)),
            lambda: data["a":"b"]]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
b = list(range(12))
del b[::4]
print(b)
del b[-2:]
print(b)
del b[1:6:2]
print(b)
del b[:]
print(b)
c = list(range(6))
c[::-1] = c
print(c)
c[len(c):] = [6, 7]
c[-1:-3:-1] = ["p", "q"]
print(c)
ba = bytearray(b"hello world")
ba[0:5] = b"HELLO"
del ba[5::2]
print(ba)
s = "slicing"
print(s[:3] + s[3:] == s, s[-1:-8:-1], s[::len(s)], s[1:-1:2])


class Spy:
    def __getitem__(self, k):
        return k


sp = Spy()
print(sp[1:2], sp[::], sp[1:2, ::3], sp[..., 1], sp[:, None])
