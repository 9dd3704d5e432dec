def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec == '':
            return '$%.2f' % self.v
        if spec == 'raise':
            raise ValueError('bad money spec')
        if spec == 'int':
            return 5
        return '$' + format(self.v, spec)
m = Money(3.14159)
print('{}|{:.1f}|{:>10.3f}|{!s:>8}|{!r:.5}'.format(m, m, m, m, m) if False else '{}|{:.1f}|{:>10.3f}'.format(m, m, m))
print(format(m), format(m, '08.2f'), f'{m}', f'{m:.0f}', '{0:{1}}'.format(m, '.4f'))
t(lambda: '{:raise}'.format(m))
t(lambda: '{:int}'.format(m))
t(lambda: format(m, 'int'))
class NoFormat:
    __format__ = None
t(lambda: '{}'.format(NoFormat()))
class StrSub(str):
    def __format__(self, spec): return 'custom:' + spec
print('{}|{:x}'.format(StrSub('a'), StrSub('b')), '{!s}'.format(StrSub('c')))
