def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


vals = [0, 7, -7, 123456, 3.5, -0.25, 'text', 'é😀ü']
for f in ['%s', '%5s', '%-5s|', '%.2s', '%8.3s|', '%-8.3s|', '%d', '%6d', '%-6d|', '%.3d', '%6.3d', '%f', '%8.2f', '%-8.2f|', '%.0f', '%e', '%10.2e', '%g', '%10.3g', '%r']:
    row = []
    for v in vals:
        try:
            row.append(f % (v,))
        except Exception as e:
            row.append(type(e).__name__)
    print(f, row)
