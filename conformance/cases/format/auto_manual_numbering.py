def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print('{} {} {}'.format(1, 'two', 3.0), '{0} {1} {0}'.format('a', 'b'), '{1}{0}'.format('x', 'y'), '{}'.format(), '{{}}'.format(1))
print('{0}{0}{0}'.format('ab'), '{} and {}'.format([1], (2,)), '{00}|{01}'.format('z', 'w'), '{١}{٠}'.format('p', 'q'))
t(lambda: '{}{1}'.format(1, 2))
t(lambda: '{1}{}'.format(1, 2))
t(lambda: '{0}{}'.format(1, 2))
t(lambda: '{} {}'.format(1))
t(lambda: '{0}'.format())
t(lambda: '{5}'.format(1, 2))
t(lambda: '{99999999999999999999999}'.format(1))
t(lambda: '{:{}}'.format('a'))
print('{:{}}|'.format('a', 5), '{0:{1}}|'.format('b', 4), '{name:{w}}|'.format(name='c', w=3), '{}{:{}}|'.format('x', 'y', 3))
