def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print('{{}}'.format(), '{{{}}}'.format(1), '}}{{'.format(), 'a{{b'.format(), '{{0}}'.format(1), 'x}}'.format())
for f in ['{', '}', 'a{', 'a}', '}a', '{}}', '{{}', '{0', '{0:', '{0!', '{:', '{0:x', 'a}b', '{}{', '}}}', '{0:{}']:
    t(lambda: f.format(1, 2))
