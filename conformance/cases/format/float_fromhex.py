def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ['0x1p0', '0X1P0', '1', '0x1', '0x.8', '1.', '.8', 'a', 'ff', '0xff', '0x1.8p1', '-0x1.8p1', '+0x1p-1', ' 0x1p3 ', '\t0x1p3\n',
          '0x1.fffffffffffffp1023', '0x1.fffffffffffff8p1023', '0x1.ffffffffffffe8p1023', '0x1p-1074', '0x1p-1075', '0x1.8p-1075', '0x1p-1076',
          '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.000000000000081p0', '0x0.0000000000001p-1022', '0x3p-1076',
          'inf', '-INF', 'Infinity', '+infinity', 'nan', '-NaN', '0x1p+10', '0x1P-10', '000x1', '0x00001p0', '0x1.0000000000000000000000001p0',
          '0x' + '0' * 50 + '1p0', '0x1' + '0' * 30 + 'p-120', '-0x0p0', '0x0.0p-99999999999999999999', '1p99999999999999999999']:
    t(lambda: float.fromhex(s))
