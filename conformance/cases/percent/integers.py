def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in [0, 1, -1, 42, -42, 255, 10**20, -10**20, True, False]:
    print('%d %i %u %o %x %X' % (v, v, v, v, v, v), '%#o %#x %#X' % (v, v, v), '%5d|%-5d|%05d|%+d|% d' % (v, v, v, v, v))
print('%.3d|%.5x|%#.5x|%#.5o|%8.3d|%-8.3d|%08.3d|' % (7, 255, 255, 8, -7, -7, -7))
print('%#08x|%#-8x|%#8x|%#08o|%+#x|% #x|%+08d|%- 8d|' % (255, 255, 255, 8, 255, 255, 3, 3))
print('%d' % 3.99, '%d' % -3.99, '%x' % True, '%o' % 8, '%u' % -5, '%ld %hd %Ld' % (1, 2, 3))
class I:
    def __index__(self): return 17
class N:
    def __int__(self): return 99
print('%x %o %d' % (I(), I(), I()), '%d' % N())
print('%0*d|%-*d|%*.*d|' % (6, -3, 4, 2, 8, 4, 5), '%.0d|' % 0, '%#.0x|' % 0)
