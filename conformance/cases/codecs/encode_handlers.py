text = 'a\xe9\u20ac\U0001f600\udc80z'
for enc in ['ascii', 'latin-1', 'utf-8', 'utf-16-le', 'utf-32-be']:
    for h in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']:
        print(enc, h, text.encode(enc, h))
print('\x7f\x80\xff\u0100\uffff\U00010000'.encode('ascii', 'backslashreplace'))
print('\x7f\x80\xff\u0100\uffff\U00010000'.encode('ascii', 'xmlcharrefreplace'))
