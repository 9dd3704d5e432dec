def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for spec in ['d', 'x', 'c', 'e', 'f', 'g', '%', 'b', 'o', 'n', 's', 'z', '+', '=', ',', '_', '#', '0', '.', '.x', '10.5', '<>', '^^^', ',_', '_,', '.2d', 'z>5', '=+5']:
    for v in ['str', 7, 2.5]:
        t(lambda: ('{:' + spec + '}').format(v))
