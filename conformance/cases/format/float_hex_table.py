def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for x in [1.0, 2.0, 0.5, 0.1, 0.2, 0.3, 1e10, 1e-10, 123.456, -987.654, 2**52, 2**53 + 2, 2.0**-1022, 2.0**-1023, 2.0**-1074, 1.5 * 2.0**-1074,
          3.0, 7.0, 15.0, 255.0, 1/7, 2/3, 1e308, -1e-308, 9007199254740993.0]:
    print(repr(x), x.hex(), float.fromhex(x.hex()) == x, float.fromhex(x.hex().upper()) == x, float.fromhex(x.hex().replace('0x', '')) == x)
