s = slice(1, 10, 2)
print(s, repr(s), s.start, s.stop, s.step, slice(5), slice(None, 5), slice(1, None), slice(None), slice("a", [1], None))
print(s.indices(5), s.indices(20), slice(None, None, -1).indices(4), slice(-3, -1).indices(10), slice(-100, 100, 3).indices(10))
print(slice(2**70).indices(5), slice(-2**70, None, -2**70).indices(5), slice(0, 0).indices(0))
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2, None) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(1) <= slice(1))
print([0, 1, 2, 3, 4][slice(1, 4)], "abcdef"[slice(None, None, 2)], (1, 2, 3)[slice(-2, None)], range(10)[slice(2, 8, 3)])
for bad in [lambda: slice(1, 2, 0).indices(3), lambda: s.indices(-1), lambda: s.indices("a"), lambda: hash(s), lambda: slice(1, 2, 3, 4),
            lambda: slice(), lambda: slice(1.5).indices(3), lambda: [1][slice(1.5)], lambda: slice(1) < 3]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
try:
    s.start = 5
except AttributeError as e:
    print("AttributeError", e)
class I:
    def __index__(self):
        return 2
print([0, 1, 2, 3][I():], slice(I(), None).indices(5), "abcd"[:I()])
print({"k": slice(1)}["k"], [slice(1, 2)], slice(1, 2).__class__.__name__)
slice(1, 2, 0).indices(5)
