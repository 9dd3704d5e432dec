def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ['key=value', 'key=', '=value', 'novalue', '', 'a=b=c', '==']:
    print(repr(s), s.partition('='), s.rpartition('='))
print('a::b::c'.partition('::'), 'a::b::c'.rpartition('::'), 'abc'.partition('abc'), 'abc'.rpartition('abcd'))
print('ñ—ü—é'.partition('—'), 'ñ—ü—é'.rpartition('—'), '😀x😀'.partition('x'))
t(lambda: 'abc'.partition(''))
t(lambda: 'abc'.rpartition(''))
t(lambda: 'abc'.partition(1))
t(lambda: 'abc'.rpartition(None))
t(lambda: 'abc'.partition())
t(lambda: 'abc'.partition('a', 'b'))
t(lambda: 'abc'.partition(sep='a'))
