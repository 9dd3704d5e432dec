def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print('{0:>{1}}|'.format('x', 5), '{0:{1}{2}}|'.format('y', '<', 4), '{:{}.{}}'.format('hello', 10, 2), '{:{}{}{}}'.format(3.14159, '+', 10, '.3f'))
print('{:{fill}{align}{width}}'.format('c', fill='*', align='^', width=7), '{0:{1[0]}}'.format(42, ['>6']), '{x:{y.real}}|'.format(x='s', y=4))
print('{:{{}}}'.format) if False else None
t(lambda: '{:{:{}}}'.format(1, 2, 3))
t(lambda: '{0:{1:{2}}}'.format(1, 2, 3))
t(lambda: '{:{}'.format(1, 2))
t(lambda: '{:{}}}'.format(1, 2))
t(lambda: '{0:{a}}'.format(1))
t(lambda: '{0:{1}}'.format(1))
t(lambda: '{:{!r}}'.format('x', '>4'))
print('{0:{1!s}}|'.format('v', 5))
