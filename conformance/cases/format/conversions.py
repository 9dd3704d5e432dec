def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class R:
    def __repr__(self): return 'R-repr'
    def __str__(self): return 'R-str'
    def __format__(self, spec): return 'R-format(' + spec + ')'
r = R()
print('{0} {0!r} {0!s} {0!a} {0:xyz} {0!r:>10} {0!s:*<8}|'.format(r))
print('{!r} {!a} {!s}'.format('é', 'é', 'é'), '{0!r:^9}'.format('q'), '{!a}'.format('😀'), '{!r}'.format(b'b'))
t(lambda: '{0!x}'.format(1))
t(lambda: '{0!é}'.format(1))
t(lambda: '{0!\x01}'.format(1))
t(lambda: '{0!}'.format(1))
t(lambda: '{!}'.format(1))
t(lambda: '{0!r'.format(1))
t(lambda: '{0!rr}'.format(1))
t(lambda: '{0!r x}'.format(1))
t(lambda: '{0!'.format(1))
t(lambda: '{0!:}'.format(1))
