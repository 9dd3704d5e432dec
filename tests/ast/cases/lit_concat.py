a = 'a' 'b' "c"
b = ('x'
     'y'
     'z')
c = '' ''
d = r'\n' '\n'
