class B(bytes):
    pass
class BA(bytearray):
    pass
b = B(b'Hello World')
print(type(b.upper()).__name__, type(b.strip()).__name__, type(b.split()[0]).__name__)
print(type(b.center(20)).__name__, type(b.replace(b'l', b'L')).__name__, type(b.join([b'a', b'b'])).__name__)
print(type(b.partition(b' ')[0]).__name__, b.upper(), b.lower(), b.find(b'o'), b.count(b'l'))
x = B(b'abc')
print(type(x.strip()).__name__, type(x.removeprefix(b'z')).__name__, type(x.ljust(2)).__name__)
print(type(B.fromhex('4142')).__name__, B.fromhex('4142'), type(BA.fromhex('43')).__name__, BA.fromhex('43'))
ba = BA(b'Hi There')
print(type(ba.upper()).__name__, type(ba.split()[0]).__name__, ba.hex(), ba.decode())
print(b.__getnewargs__(), type(b.__getnewargs__()[0]).__name__, type(b.__bytes__()).__name__)
