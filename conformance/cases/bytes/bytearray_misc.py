def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = bytearray(b'hello')
c = a.copy()
c[0] = 74
print(a, c, c is a, type(c).__name__)
a.reverse()
print(a)
a.clear()
print(a, len(a))
a.reverse()
a.extend(b'ab')
a.reverse()
print(a)
check(lambda: a.copy(1))
check(lambda: a.clear(1))
check(lambda: a.reverse(1))
check(lambda: a.copy(x=1))
class BA(bytearray):
    pass
s = BA(b'sub')
print(type(s.copy()).__name__, s.copy(), type(s.upper()).__name__, type(s + b'x').__name__)
