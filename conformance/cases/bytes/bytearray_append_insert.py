def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = bytearray()
for i in (65, 66, True, 0, 255):
    print(a.append(i), a)
a.insert(0, 49)
a.insert(-1, 50)
a.insert(100, 51)
a.insert(-100, 52)
a.insert(2, False)
print(a)
class I:
    def __index__(self):
        return 120
a.append(I())
a.insert(I(), I())
print(a)
check(lambda: a.append())
check(lambda: a.append('a'))
check(lambda: a.append(256))
check(lambda: a.append(-1))
check(lambda: a.append(1.0))
check(lambda: a.append(b'a'))
check(lambda: a.append(2**100))
check(lambda: a.append(x=1))
check(lambda: a.insert(0))
check(lambda: a.insert('a', 1))
check(lambda: a.insert(0, 256))
check(lambda: a.insert(2**100, 1))
check(lambda: a.insert(0, 1, 2))
print(a)
