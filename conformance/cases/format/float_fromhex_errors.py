def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ['', ' ', 'x', '0x', '0xp1', '0x1p', '0x1p+', '0x1q', '0x1.8.8', '0x 1', '- 0x1', '0x1p1.5', 'infx', 'nan0', '0x1p1 x', '1e5', '0x1e5p', '0x1_0', '٣']:
    t(lambda: float.fromhex(s))
t(lambda: float.fromhex('0x1p1024'))
t(lambda: float.fromhex('0x1.fffffffffffffcp1023'))
t(lambda: float.fromhex('0x2p1023'))
t(lambda: float.fromhex('-0x1p99999'))
t(lambda: float.fromhex(1))
t(lambda: float.fromhex(b'0x1'))
t(lambda: float.fromhex())
t(lambda: float.fromhex('1', '2'))
t(lambda: (1.0).hex(1))
t(lambda: float.fromhex('0x' + '1' * 100000))
