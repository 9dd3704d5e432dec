# `in` uses __contains__, then __iter__, then the old __getitem__ protocol.
class Contains:
    def __contains__(self, item):
        print("  contains", item)
        return item  # any truthy object counts


class Iter:
    def __iter__(self):
        print("  iter")
        return iter([1, 2, 3])


class GetItem:
    def __getitem__(self, i):
        print("  getitem", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10


print(5 in Contains(), 0 in Contains(), "" not in Contains(), [1] in Contains())
print(2 in Iter(), 7 in Iter(), 2 not in Iter())
print(10 in GetItem(), 15 in GetItem(), 0 not in GetItem())


class Both(Iter):
    def __contains__(self, item):
        print("  both contains")
        return False


print(1 in Both())


class NoContains(Iter):
    __contains__ = None


class NoIter(GetItem):
    __iter__ = None


class Nothing:
    pass


class BadGet:
    def __getitem__(self, i):
        raise KeyError(i)


for cont in [NoContains(), NoIter(), Nothing(), BadGet(), 5, None, len]:
    try:
        print(1 in cont)
    except (TypeError, KeyError) as e:
        print(type(e).__name__ + ":", e)
it = iter([1, 2, 3, 4, 5])
print(3 in it, list(it), 9 in it, list(it))
for needle, hay in [(1, "abc"), (None, "abc"), ("ab", b"abc"), (98, b"abc"), (300, b"abc"), ("b", ["abc"]),
                    ([], {1: 2}), ({}, {1}), (1.0, range(3)), (1.5, range(3)), (True, range(2)), (10**30, range(10**31))]:
    try:
        print(repr(needle), "in", repr(hay), needle in hay)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(b"b" in b"abc", bytearray(b"c") in b"abc", 99 in bytearray(b"abc"), "" in "", (1, 2) in {(1, 2): 0})
