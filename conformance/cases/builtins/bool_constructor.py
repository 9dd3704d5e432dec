vals = [0, 1, -1, 0.0, -0.0, 0.1, float("nan"), "", "0", "False", " ", [], [0], (), ((),), {}, {0: 0}, set(), {0}, None, range(0), range(1),
        b"", b"\x00", 2**100, 0, frozenset(), bytearray(), ..., NotImplemented if False else 1]
print([bool(v) for v in vals])
class T:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
class Neither:
    pass
print(bool(T()), bool(L()), bool(Both()), bool(Neither()), not T(), not L(), bool(), bool(x=1) if False else bool(1))
class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
class BigLen:
    def __len__(self):
        return 2**100
for o in [BadBool(), BadLen(), BigLen()]:
    try:
        print(bool(o))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
    try:
        if o:
            print("truthy")
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(True + True, True * 3, str(True), repr(False), int(True), True is bool(1), bool(True) is True, bool.__name__)
if BadBool():
    pass
