a = b'abc'
b = B"\x00\xff"
c = b'\n\t\\'
d = b'\777'
e = b'a' b'b'
f = b''
g = b'\u1234'
h = b'''multi
line'''
