# UTF-8 has no encoded surrogates: reading one from stdin is a UnicodeDecodeError.
try:
    input()
except UnicodeDecodeError as e:
    print(type(e).__name__, e, e.encoding, e.object, e.start, e.end, e.reason)
input('again> ')
