def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ['', ' ', '   ', 'a', ' a ', 'a b  c', '  a  b  c  ', 'a\tb\nc\rd\x0be\x0cf', 'a\x1cb\x1dc\x1ed\x1fe']:
    print(repr(s), s.split(), s.split(None), s.split(None, 1), s.split(maxsplit=0), s.split(maxsplit=-1), s.split(None, 2))
    print(repr(s), s.rsplit(), s.rsplit(None, 1), s.rsplit(maxsplit=0), s.rsplit(None, 2))
