b = b'bytes and bytearray'
ba = bytearray(b'and')
print(b.find(ba), b.count(ba), b.split(ba), b.replace(ba, bytearray(b'&')), b.partition(ba))
print(b.startswith(bytearray(b'by')), b.strip(bytearray(b'by')), b.join([ba, ba]))
print(ba.find(b'n'), ba.join([b'1', bytearray(b'2')]), ba.split(b'n'), ba.center(7, b'*'))
print(b + ba, ba + b, b == bytearray(b), ba < b, b in [bytearray(b)], ba.decode())
print(bytes(ba).upper(), bytearray(b).title(), b.translate(None, ba))
