print(b','.join([b'a', b'b', b'c']))
print(b''.join([b'x', bytearray(b'y'), b'z']))
print(b', '.join(iter([b'a', b'b'])))
print(b'-'.join([]), b'-'.join([b'only']), b'-'.join((b'', b'')))
print(bytearray(b'-').join([b'a', b'b']), bytearray().join([]))
print(b'ab'.join(x for x in [b'1', b'2', b'3']))
print(b'.'.join({b'k': 1}))
x = b'solo'
print(b'-'.join([x]) is x, b'-'.join([bytearray(b'q')]))
