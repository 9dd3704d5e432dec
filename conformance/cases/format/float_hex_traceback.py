print(float.fromhex('0x1p3'))
float.fromhex('0xg')
