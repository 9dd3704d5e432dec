for s in ['\x80', '\xff', '\u0100', '\u20ac', '\uffff', '\U00010000', '\U0010ffff', '\t']:
    try:
        ('x' + s).encode('ascii')
    except UnicodeEncodeError as e:
        print(e)
for b in [b'\x80', b'\xc3', b'\xf0\x90', b'\xff\xff']:
    try:
        (b'x' + b).decode('utf-8')
    except UnicodeDecodeError as e:
        print(e)
