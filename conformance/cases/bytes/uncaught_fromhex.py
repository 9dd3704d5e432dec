print(bytes.fromhex('0a0b'))
print(bytearray.fromhex('ff ee'))
bytes.fromhex('0a 0b 0c 0x')
