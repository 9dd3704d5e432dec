def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


vals = [0, 7, -7, 255, 3.5, -0.25, b'by', bytearray(b'ba')]
for f in [b'%s', b'%5s', b'%-5b|', b'%.1s', b'%d', b'%6d', b'%-6x|', b'%#o', b'%.3d', b'%f', b'%8.2f', b'%e', b'%g', b'%r', b'%a', b'%c']:
    row = []
    for v in vals:
        try:
            row.append(f % (v,))
        except Exception as e:
            row.append(type(e).__name__)
    print(f, row)
