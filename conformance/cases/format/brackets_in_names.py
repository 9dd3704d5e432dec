def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


d = {'!': 'bang', ':': 'colon', '{': 'lbrace', '.': 'dot', 'a.b': 'adotb', '0': 'zero-str'}
print('{0[!]}'.format(d), '{0[:]}'.format(d), '{0[.]}'.format(d), '{0[a.b]}'.format(d), '{0[0]}'.format({0: 'int'}))
t(lambda: '{0[{]}'.format(d))
t(lambda: '{0[}]}'.format({'}': 'rb'}))
t(lambda: '{0[0]!r:>8}'.format(['q']))
t(lambda: '{0[0]:{1}}'.format(['w'], 4))
t(lambda: '{0[0]!r:{1}}'.format(['w'], 5))
