a = 1 .real
b = 1.0.real
c = 1..real
d = 0x10.real
e = 1if 1 else 2
