def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = 'a,b,,c,'
print(s.split(','), s.split(',', 1), s.split(',', 0), s.split(',', -5), s.split(sep=','), s.split(',', maxsplit=2))
print(s.rsplit(','), s.rsplit(',', 1), s.rsplit(',', 0), s.rsplit(sep=',', maxsplit=2))
print('a::b::c'.split('::'), 'a::b::c'.rsplit('::', 1), ':::'.split('::'), ':::'.rsplit('::'))
print(''.split(','), ''.rsplit(','), ','.split(','), 'abc'.split('abc'), 'abc'.split('abcd'))
print('aaaa'.split('aa'), 'aaaaa'.split('aa'), 'aaaaa'.rsplit('aa'))
print('x'.split('x', 1), 'one two'.split(' ', True), '1 2 3'.split(maxsplit=1))
print('a—b—c'.split('—'), 'a😀b😀c'.rsplit('😀', 1), 'ααβαα'.split('β'), 'ñaña'.split('ñ'))
print('longseparator'.join(['p1', 'p2', 'p3']).split('longseparator'))
sep = 'abcdefghijklmnop'
print(('x' + sep) * 3 + 'end', (('x' + sep) * 3 + 'end').rsplit(sep), (('x' + sep) * 3 + 'end').rsplit(sep, 2))
