def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(b'%(k)s %(n)d' % {b'k': b'v', b'n': 3}, b'%(k)r' % {b'k': 'é'}, b'%s' % (b'tuple',), b'%s %s' % (b'a', bytearray(b'b')))
print(bytearray(b'%(x)s') % {b'x': b'y'}, bytearray(b'plain') % (), b'' % (), bytearray() % ())
class M:
    def __getitem__(self, k): return k + b'!'
print(b'%(ab)s' % M())
t(lambda: b'%(k)s' % {'k': b'v'})
t(lambda: b'%s' % {b'k': b'v'})
t(lambda: bytearray(b'%s %s') % (b'a',))
t(lambda: b'%(a)s %(b)' % {b'a': b'x', b'b': b'y'})
