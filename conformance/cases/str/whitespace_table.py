def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for cp in list(range(0, 0x21)) + [0x7f, 0x85, 0xa0, 0x1680, 0x180e, 0x2000, 0x2001, 0x2006, 0x200a, 0x200b, 0x2028, 0x2029, 0x202f, 0x205f, 0x2060, 0x3000, 0xfeff]:
    ch = chr(cp)
    print(hex(cp), ch.isspace(), ch.isprintable(), len(('a' + ch + 'b').split()), repr((ch + 'x' + ch).strip()), len(('a' + ch + 'b').splitlines()))
