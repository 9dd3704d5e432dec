tests = [b'', b'abc', b'ABC', b'Abc', b'aBc', b'123', b'abc123', b' ', b' \t\n\r\x0b\x0c', b'\x1c',
         b'Hello World', b'Hello world', b'HELLO World', b'hello', b'\xe9', b'a\x80', b'1A', b'1a',
         b'A1 B2', b"Isn't", b'_', b'a_b']
for t in tests:
    print(t, [t.isalnum(), t.isalpha(), t.isascii(), t.isdigit(), t.islower(), t.isspace(),
              t.istitle(), t.isupper()])
ba = bytearray(b'Title Case')
print(ba.istitle(), ba.isascii(), ba.isalpha())
