a = r'\n\t'
b = R"\d+"
c = r'\''
d = r'a\
b'
e = rb'\x00'
f = Br'\n'
g = bR'x'
h = RB'y'
