def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for v in [0.0, -0.0, 1.0, -1.5, 3.14159265, 1e100, 1e-5, 123456.789, 2.5, 0.5, 1e16, 12345678901234567890.0]:
    print('%f|%e|%g|%E|%F|%G' % (v, v, v, v, v, v), '%.2f|%.0f|%.3e|%.3g|%10.3f|%-10.2e|%010.1f|%+.1f|% .2f' % (v, v, v, v, v, v, v, v, v))
print('%#g|%#.0f|%#.0e|%#.3g|%g|%.0g|%.1g' % (1.0, 1.0, 1.0, 1.0, 100000.0, 0.5, 15.0))
for v in [float('inf'), float('-inf'), float('nan')]:
    print('%f|%F|%e|%E|%g|%G|%5f|%-6f|%06f|%+f' % (v, v, v, v, v, v, v, v, v, v))
print('%f %e %g' % (1, 10**20, True), '%.3f' % 2.0005, '%.20f' % 0.1, '%.30e' % 1e-300, '%.15g' % (2/3))
class F:
    def __float__(self): return 2.25
class X:
    def __index__(self): return 7
print('%f %g' % (F(), X()), '%.2f' % 1e308 == '%.2f' % 1e308, len('%.100f' % 1.0), '%*.*f|' % (9, 2, 3.14159))
