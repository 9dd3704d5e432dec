s = ('\xe9\u20ac\U0001f600a' * 50000)
for enc in ['utf-8', 'utf-16', 'utf-32', 'utf-16-be']:
    b = s.encode(enc)
    print(enc, len(b), b.decode(enc) == s)
print(len(s.encode('ascii', 'ignore')), len(s.encode('latin-1', 'replace')), len(s.encode('ascii', 'xmlcharrefreplace')))
junk = bytes(range(256)) * 1000
print(len(junk.decode('utf-8', 'replace')), len(junk.decode('utf-8', 'ignore')), len(junk.decode('latin-1')))
print(len(junk.decode('utf-8', 'backslashreplace')), len(junk.decode('ascii', 'surrogateescape')))
