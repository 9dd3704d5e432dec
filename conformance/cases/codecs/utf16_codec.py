for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'UTF16', 'utf_16le', 'UnicodeBigUnmarked']:
    b = 'a\xe9\u20ac\U0001f600'.encode(enc)
    print(enc, b, b.decode(enc))
print(b'\xff\xfea\x00'.decode('utf-16'), b'\xfe\xff\x00a'.decode('utf-16'), b'a\x00'.decode('utf-16'))
print(b'\xff\xfea\x00'.decode('utf-16-le'), b'\xfe\xff\x00a'.decode('utf-16-be'))
print(''.encode('utf-16'), b''.decode('utf-16'), b'\xff\xfe'.decode('utf-16'), b'\xfe\xff'.decode('utf-16'))
print('\U0010ffff\uffff'.encode('utf-16-be'), b'\xdb\xff\xdf\xff'.decode('utf-16-be'))
