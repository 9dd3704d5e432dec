def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for x in [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 3.14159, 1e-300, 5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
          float('inf'), float('-inf'), float('nan'), 0.1, 1/3, 123456789.0, -2.5e-10, 4503599627370497.0]:
    h = x.hex()
    print(repr(x), h, repr(float.fromhex(h)), float.fromhex(h) == x or x != x)
class F(float): pass
print(F(1.5).hex(), type(F.fromhex('0x1p1')).__name__, F.fromhex('0x1p1'))
