texts = ['', 'ascii only', 'caf\xe9', 'na\xefve \u2014 \u201cquotes\u201d', '\u65e5\u672c\u8a9e', 'emoji \U0001f600\U0001f680',
         '\x00\x01\x7f\x80\xff', '\U00010000\U0010ffff\uffff\ue000']
for t in texts:
    for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'utf-8-sig']:
        b = t.encode(enc)
        assert b.decode(enc) == t, (t, enc)
    print(ascii(t), len(t.encode()), len(t.encode('utf-16')), t.encode('utf-16-be')[:8], t.encode('utf-32-le')[:8])
print([t.encode('latin-1', 'replace') for t in texts])
