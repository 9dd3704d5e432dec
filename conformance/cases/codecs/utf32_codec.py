for enc in ['utf-32', 'utf-32-le', 'utf-32-be', 'U32', 'utf_32be']:
    b = 'a\xe9\u20ac\U0001f600'.encode(enc)
    print(enc, b, b.decode(enc))
print(b'\xff\xfe\x00\x00a\x00\x00\x00'.decode('utf-32'), b'\x00\x00\xfe\xff\x00\x00\x00a'.decode('utf-32'))
print(b'a\x00\x00\x00'.decode('utf-32'), b'\xff\xfe\x00\x00'.decode('utf-32-le'), ''.encode('utf-32'))
print(b'\x00\x00\x10\x00\xff\xff\x10\x00'.decode('utf-32-le') == '\U00100000\U0010ffff')
