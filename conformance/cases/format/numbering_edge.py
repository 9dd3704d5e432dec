def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print('{0}{0}'.format('r'), '{}{}'.format(*'ab'), '{0:{0}}'.format(3), '{:{}}{}'.format('a', 2, 'b'))
t(lambda: '{0:{}}'.format(1, 2))
t(lambda: '{:{0}}'.format(1, 2))
t(lambda: '{a}{}{0}'.format(1, a=2))
t(lambda: '{}{a}{1}'.format(1, 2, a=3))
print('{a}{}{}'.format(1, 2, a=3), '{0}{a}{1}'.format(1, 2, a=3), '{x}{0}'.format('p', x='q'))
