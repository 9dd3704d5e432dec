def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = 'abc' + 'é' + 'Ā' + '😀'
for piece in [s[:3], s[:4], s[:5], s[:6], s[3:], s[4:], s[5:]]:
    print(repr(piece), piece.upper(), piece.center(8, '·'), piece.split('x'), piece.replace('a', '😀'), piece.strip('a😀'), len(piece.join(['1', '2'])))
print(ascii('😀'.join(['é', 'Ā'])), len('é'.ljust(3, '😀')), ('a' + 'Ā').replace('Ā', 'a').isascii(), 'é'.replace('é', 'e').isascii(), 'aé'.strip('é').isascii())
print(('😀' + 'abc').removeprefix('😀').isascii(), 'xé'.partition('é')[0].isascii(), 'aéb'.split('é')[1].isascii(), 'Ā\ta'.expandtabs().isascii())
