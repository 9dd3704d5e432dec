def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
b = b'data'
print(b.__getnewargs__(), b.__bytes__(), b.__bytes__() is b)
print(bytes(b), bytes(b) is b)
class C(bytes):
    pass
c = C(b'xy')
print(c.__getnewargs__(), type(c.__bytes__()).__name__, bytes(c), type(bytes(c)).__name__)
check(lambda: b.__getnewargs__(1))
check(lambda: b.__bytes__(1))
check(lambda: hasattr(bytearray(), '__getnewargs__'))
