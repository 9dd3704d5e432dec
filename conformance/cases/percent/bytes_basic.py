def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(b'%s %b' % (b'ab', b'cd'), b'%s' % bytearray(b'ba'), b'%d %i %u %x %X %o' % (10, 11, 12, 255, 255, 8))
print(b'%5s|%-5s|%.1s|' % (b'ab', b'ab', b'ab'), b'%r %a' % ('\xe9', b'q'), b'%a' % None, b'%c%c' % (65, b'B'), b'%c' % bytearray(b'C'))
print(b'%f %.2e %g %E %#x %#o %+d % d %05d' % (1.5, 12345.6, 0.0001, 2.0, 255, 8, 5, 5, -42))
print(b'%(a)s %(b)d' % {b'a': b'x', b'b': 2}, b'%%' % (), b'no fmt' % (), b'abc' % [1], b'abc' % {}, b'%s' % [1] if False else b'')
class B:
    def __bytes__(self): return b'BB'
print(b'%s %b' % (B(), B()), b'%5c|' % 65, b'%*d|' % (5, 1), b'%-*d|' % (5, 1))
print(bytearray(b'%d-%s') % (5, b'x'), type(bytearray(b'x%d') % 1).__name__, type(b'%d' % 1).__name__)
print(b'\xff%s\x00' % b'\xfe', len(b'%s' % (b'z' * 100000)))
