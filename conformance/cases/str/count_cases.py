def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print('mississippi'.count('ss'), 'mississippi'.count('s'), 'mississippi'.count('i', 2), 'mississippi'.count('i', 2, -2))
print('aaa'.count(''), 'aaa'.count('', 1), 'aaa'.count('', 3), 'aaa'.count('', 4), 'aaa'.count('', 2, 1))
print(('ab' * 10000).count('ab'), ('ab' * 10000).count('ba'), ('é' * 500).count('éé'))
print('😀😀😀'.count('😀'), '😀a😀a'.count('a😀'))
