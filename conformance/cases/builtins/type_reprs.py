def clean(s):
    i = s.find(" at 0x")
    if i < 0:
        return s
    j = i + 6
    while j < len(s) and s[j] in "0123456789abcdef":
        j += 1
    return clean(s[:i] + " at ADDR" + s[j:])
objs = [len, print, abs, int, str, list, dict, type, object, bool, range, slice, enumerate, zip, map, filter, reversed, property,
        staticmethod, classmethod, super, frozenset, set, tuple, float, bytes, bytearray, None, NotImplemented, Ellipsis, ...,
        [].append, {}.get, "".join, (1).bit_length, int.bit_length, list.append, dict.fromkeys, int.__add__,
        object.__init__, type(None), type(NotImplemented), type(...), iter([]), iter(()), iter(""), iter({}), iter(set()),
        iter(range(3)), iter({}.values()), iter({}.items()), reversed([]), reversed(range(2)), enumerate([]), zip(), map(len, []),
        filter(None, []), slice(1), range(0), {}.keys(), {1: 2}.values(), {}.items(), (x for x in []), lambda: 0, ZeroDivisionError,
        ZeroDivisionError("x"), ValueError(), KeyError("k"), StopIteration(1), Exception(1, 2), BaseException(), iter(int, 1)]
for o in objs:
    print(clean(repr(o)), "|", clean(str(o)) if str(o) != repr(o) else "=")
def f():
    pass
class C:
    def m(self):
        pass
    @classmethod
    def cm(cls):
        pass
    @staticmethod
    def sm():
        pass
print(clean(repr(f)), clean(repr(C)), clean(repr(C())), clean(repr(C().m)), clean(repr(C.cm)), clean(repr(C.sm)), clean(repr(C.m)))
print(repr(type), repr(C.__dict__["sm"])[:20], clean(repr(property(f))))
