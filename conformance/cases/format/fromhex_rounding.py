def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ['0x1.00000000000008p0', '0x1.00000000000009p0', '0x1.00000000000018p0', '0x1.0000000000001p0', '0x1.00000000000017ffffp0',
          '0x1.fffffffffffff7p0', '0x1.fffffffffffff8p0', '0x1.fffffffffffffp0', '0x.000000000000008p-1022', '0x0.0000000000000bp-1022',
          '0x0.00000000000008p-1022', '0x0.00000000000018p-1022', '0x1p-1074', '0x1.8p-1074', '0x1.0000000001p-1074', '0x1p-1075',
          '0x1.0000000001p-1075', '0x1.fffffffffffffp-1023', '0x1.fffffffffffff8p-1023', '0x8p-1077', '0x10p-1078', '0xfp-1078']:
    v = float.fromhex(s)
    print(s, repr(v) if v != 0 and abs(v) > 1e-300 else v.hex(), v.hex())
