ba = bytearray('\u20ac10'.encode())
print(ba.decode(), ba.decode('utf-8', 'strict'), bytearray(b'\xff').decode('latin-1'))
try:
    bytearray(b'ab\xff').decode()
except UnicodeDecodeError as e:
    print(e, type(e.object).__name__, e.object)
print(bytearray(b'\xff\xfea\x00').decode('utf-16'), bytearray().decode('utf-32'))
