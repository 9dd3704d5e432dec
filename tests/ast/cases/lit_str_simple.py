a = 'x'
b = "y"
c = ''
d = ""
e = 'it\'s'
f = "say \"hi\""
g = 'a"b'
h = "a'b"
