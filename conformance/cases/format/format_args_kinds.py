def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


args = ('a', 'b')
kw = {'k': 'v'}
print('{0}{1}{k}'.format(*args, **kw), '{}'.format(*[1]), '{x}{y}'.format(x=1, **{'y': 2}), str.format('{}-{}', 1, 2))
print('{0}'.format(1, 2, 3), '{a}'.format(a=1, b=2), '{}{}'.format(*'xy'))
big = '{}' * 1000
print(len(big.format(*range(1000))), ('{0}' * 500).format('ab')[:10])
print('{0:>{1}}'.format('', 3) + '|', '{:{}}'.format(5, ''), '{!s:{}}'.format(5, 3) + '|')
