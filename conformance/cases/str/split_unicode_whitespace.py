def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


ws = ['\x85', '\xa0', '\u1680', '\u2000', '\u2005', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000']
for w in ws:
    s = 'a' + w + 'b' + w + w + 'c'
    print(repr(w), s.split(), s.rsplit(None, 1), s.split(None, 1), (w + 'x' + w).strip(), repr(w.strip()))
print('\u200b'.isspace(), 'a\u200bb'.split(), '\ufeff'.split())
print('é  ü\u3000日本 😀'.split(), 'é  ü\u3000日本 😀'.rsplit(maxsplit=2))
