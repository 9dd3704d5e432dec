def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = bytearray(b'abcdeabc')
print(a.pop(), a.pop(0), a.pop(-2), a.pop(2), a)
print(a.remove(98), a, a.remove(101), a)
check(lambda: a.remove(122))
check(lambda: a.remove(256))
check(lambda: a.remove(b'a'))
check(lambda: a.remove('a'))
check(lambda: a.pop(100))
check(lambda: a.pop(-100))
check(lambda: a.pop('a'))
check(lambda: a.pop(2**100))
check(lambda: a.pop(1, 2))
check(lambda: bytearray().pop())
check(lambda: bytearray().remove(1))
check(lambda: a.remove())
print(a)
while a:
    a.pop()
print(a)
