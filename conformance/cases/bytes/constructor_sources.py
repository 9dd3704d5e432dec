# Where bytes() and bytearray() take their contents from, in CPython's order: __bytes__ first
# for bytes() only, then a count, a buffer or an iterable of ints; and the errors of each step.
def check(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class WithBytes:
    def __bytes__(self):
        return b'from __bytes__'
    def __iter__(self):
        return iter([1, 2])
class OnlyBytes:
    def __bytes__(self):
        return b'only'
class BadBytes:
    def __bytes__(self):
        return 'str'
class SubOwn(bytes):
    def __bytes__(self):
        return b'own'
class StrBytes(str):
    def __bytes__(self):
        return b'str subclass'
class Idx:
    def __index__(self):
        return 3
for t in (bytes, bytearray):
    print(t.__name__)
    for src in (WithBytes(), OnlyBytes(), BadBytes(), SubOwn(b'base'), StrBytes('s'), Idx(), 2,
                -1, 2**70, -2**70, True, 1.5, None, [1, 2], (3,), {4: 0}, range(3), iter([5]),
                bytearray(b'ba'), memoryview(b'mv') if False else b'mv', 'text', [256], ['a']):
        check(lambda: t(src))
    check(lambda: t(StrBytes('s'), 'ascii'))
    check(lambda: t(StrBytes('s'), errors='strict'))
    check(lambda: t(Idx(), errors='strict'))
    check(lambda: t(errors='strict'))
    check(lambda: t(encoding='ascii'))
    check(lambda: t(encoding=1))
    check(lambda: t(b'x', encoding='ascii', errors=None))
b = b'same'
print(bytes(b) is b, bytes(SubOwn(b'q')) is b, type(bytes(SubOwn(b'q'))).__name__)
class B2(bytes):
    pass
x = B2(b'sub')
print(bytes(x) is x, type(bytes(x)).__name__, type(B2(b)).__name__, B2(b) is b)
check(lambda: str(encoding=1))
check(lambda: str(errors=b'x'))
check(lambda: str(encoding='ascii'))
check(lambda: str(1, 'ascii'))
check(lambda: str('s', errors='strict'))
check(lambda: str(bytearray(b'ba'), 'ascii'))
for v in (1.5, 'ab', 5, WithBytes(), OnlyBytes(), [1, 2], (3,), iter([4]), b'xy', bytearray(b'z'), True):
    ba = bytearray(b'0123')
    try:
        ba[1:2] = v
        print(ba)
    except Exception as e:
        print(type(e).__name__, e)
for v in (WithBytes(), OnlyBytes(), SubOwn(b'\x01'), bytearray(b'x'), [1], 'a', 3, 1.5, Idx(), iter([2, 0])):
    check(lambda: int.from_bytes(v, 'big'))
