def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: b'%s' % 'x')
t(lambda: b'%s' % 1)
t(lambda: b'%b' % None)
t(lambda: b'%c' % 256)
t(lambda: b'%c' % -1)
t(lambda: b'%c' % 'A')
t(lambda: b'%c' % b'AB')
t(lambda: b'%c' % 2.0)
t(lambda: b'%d' % 'a')
t(lambda: b'%x' % 2.5)
t(lambda: b'%f' % 'a')
t(lambda: b'%f' % 10**400)
t(lambda: b'%f' % None)
t(lambda: b'abc' % b'x')
t(lambda: b'abc' % bytearray(b'x'))
t(lambda: b'abc' % 5)
t(lambda: b'%s %s' % (b'a',))
t(lambda: b'%s' % (b'a', b'b'))
t(lambda: b'%(a)s' % {'a': b'x'})
t(lambda: b'%(a)s' % [1])
t(lambda: b'%(a)s' % 5)
t(lambda: b'%y' % 1)
t(lambda: b'\xff%y' % 1)
t(lambda: b'%\xff' % 1)
t(lambda: b'%\x01' % 1)
t(lambda: b'%' % ())
t(lambda: b'%(a' % {b'a': 1})
class BadBytes:
    def __bytes__(self): return 'str'
t(lambda: b'%s' % BadBytes())
t(lambda: bytearray(b'%s') % 'x')
