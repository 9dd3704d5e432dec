def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class P:
    x = 10
    y = 'why'
    def __repr__(self): return 'P()'
p = P()
print('{0.x} {0.y} {p.x}'.format(p, p=p), '{a[0]} {a[1]} {d[key]} {d[0]}'.format(a=[5, 6], d={'key': 'v', 0: 'zero', '0': 's'}))
print('{0[1][0]}'.format([[1], ['n']]), '{0.real.imag}'.format(5), '{0[key].x}'.format({'key': p}), '{.x}'.format(p), '{[2]}'.format('abc'))
print('{0[-1]}'.format({'-1': 'neg'}), '{0[ ]}'.format({' ': 'sp'}), '{0[a b]}'.format({'a b': 'ab'}), '{ }'.format(**{' ': 5}), '{-1}'.format(**{'-1': 'm'}))
print('{x.__class__.__name__}'.format(x=3), '{0.__class__}'.format('s'), '{0.__doc__}'.format(P) , '{0[}]}'.format({'}': 'brace'}))
print('{0[0]}'.format({0: 'int key', '0': 'str key'}), '{0[00]}'.format({0: 'int'}), '{0[١]}'.format({1: 'arabic 1'}))
t(lambda: '{0.missing}'.format(p))
t(lambda: '{x}'.format(y=1))
t(lambda: '{x}'.format())
t(lambda: '{0[5]}'.format([1]))
t(lambda: '{0[k]}'.format({}))
t(lambda: '{0[k]}'.format([1]))
t(lambda: '{0[-1]}'.format([1, 2]))
t(lambda: '{0[0]}'.format(5))
t(lambda: '{0.}'.format(1))
t(lambda: '{0[]}'.format(1))
t(lambda: '{0[0]x}'.format([1]))
t(lambda: '{0[0'.format([1]))
t(lambda: '{0[0]'.format([1]))
t(lambda: '{0]}'.format([1]))
t(lambda: '{0..x}'.format(p))
t(lambda: '{a{}'.format())
