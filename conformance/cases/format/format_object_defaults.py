def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Plain: pass
class WithStr:
    def __str__(self): return 'WS'
print('{}'.format(WithStr()), '{!r}'.format(1.5), '{}'.format([1, 'a']), '{}'.format({'k': (1,)}), '{}'.format(b'x'), '{}'.format(...))
print('{:}'.format(WithStr()), '{0:}|{0!s:}|'.format(None), '{}'.format(type), '{}'.format(True), '{:d}'.format(True), '{:>5}|'.format(False))
t(lambda: '{:>5}'.format(WithStr()))
t(lambda: '{:x}'.format(Plain()))
t(lambda: '{:>3}'.format([1]))
t(lambda: '{:d}'.format(None))
