def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: '%f' % 'a')
t(lambda: '%e' % None)
t(lambda: '%g' % [1.0])
t(lambda: '%f' % 10**400)
class Bad:
    def __float__(self): return 'x'
t(lambda: '%f' % Bad())
class Raise:
    def __float__(self): raise ArithmeticError('float fail')
t(lambda: '%f' % Raise())
