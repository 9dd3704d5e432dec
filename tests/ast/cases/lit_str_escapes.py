a = '\n\t\r\\\'\"\a\b\f\v\0'
b = '\x41\x7f\xff'
c = '\u1234\u00e9'
d = '\U0001F600\U00000041'
e = '\101\7\77\0777'
f = 'line\
continued'
g = '\N{LATIN SMALL LETTER A}\N{EM DASH}'
h = '\N{BULLET}\N{GREEK SMALL LETTER ALPHA}'
