data = [b'abcabcabc', bytearray(b'abcabcabc')]
for b in data:
    print(type(b).__name__)
    print(b.find(b'c'), b.find(b'ca'), b.find(b'x'), b.find(b''))
    print(b.rfind(b'c'), b.rfind(b'ca'), b.rfind(b'x'), b.rfind(b''))
    print(b.find(99), b.rfind(97), b.find(0))
    print(b.find(b'c', 3), b.find(b'c', -2), b.find(b'c', 3, 5), b.find(b'c', 3, 6))
    print(b.rfind(b'c', 0, -1), b.rfind(b'c', -100, 100), b.rfind(b'ab', 1, 5))
    print(b.find(b'a', None, None), b.find(b'a', 1, None), b.rfind(b'a', None, 4))
    print(b.find(b'', 9), b.find(b'', 10), b.rfind(b'', 4, 2), b.find(b'', -3))
    print(b.find(bytearray(b'bc')), b.rfind(bytearray(b'bc')))
    print(b.find(b'a', 2**100), b.find(b'c', -2**100, 2**100), b.rfind(b'a', -2**100))
print(b''.find(b''), b''.rfind(b''), b''.find(b'a'), b''.rfind(0))
print(b'aaaa'.find(b'aa', 1), b'aaaa'.rfind(b'aa'), b'aaaa'.rfind(b'aa', 0, 3))
class Idx:
    def __index__(self):
        return 2
print(b'abcabc'.find(b'c', Idx()), b'abcabc'.find(Idx()), b'ab\x02'.find(Idx()))
