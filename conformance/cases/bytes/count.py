for b in [b'abababa', bytearray(b'abababa')]:
    print(b.count(b'a'), b.count(b'ab'), b.count(b'aba'), b.count(b'x'))
    print(b.count(b''), b.count(b'', 3), b.count(b'', 7), b.count(b'', 8), b.count(b'', 5, 2))
    print(b.count(98), b.count(b'a', 1), b.count(b'a', 1, -1), b.count(b'ab', -3))
    print(b.count(bytearray(b'ba')), b.count(b'a', None, None))
print(b'aaaa'.count(b'aa'), b''.count(b''), b''.count(b'a'), b'\x00\x00'.count(0))
print((b'xy' * 1000).count(b'yx'), (b'a' * 1001).count(b'aa'))
