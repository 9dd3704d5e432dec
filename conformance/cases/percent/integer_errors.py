def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: '%d' % 'a')
t(lambda: '%i' % None)
t(lambda: '%u' % [1])
t(lambda: '%x' % 'a')
t(lambda: '%X' % None)
t(lambda: '%o' % 3.5)
t(lambda: '%x' % 3.0)
t(lambda: '%d' % float('inf'))
t(lambda: '%d' % float('nan'))
class N:
    def __int__(self): return 5
t(lambda: '%x' % N())
class Bad:
    def __int__(self): raise ValueError('bad int')
t(lambda: '%d' % Bad())
t(lambda: '%d' % 10**5000)
t(lambda: '%c' % 'ab')
t(lambda: '%c' % 3.5)
t(lambda: '%c' % -1)
t(lambda: '%c' % 0x110000)
t(lambda: '%c' % None)
t(lambda: '%c' % '')
