# stdout encodes UTF-8 strictly: a lone surrogate is a UnicodeEncodeError raised by the write of
# the piece holding it, after the pieces before it; stderr writes it backslash-escaped.
import sys
print('a\ud800', 'b', sep='\udfff', file=sys.stderr)
sys.stderr.write('w\udc00\n')
try:
    print('x', 'y\ud800z\udbff\udfff', 'w')
except UnicodeEncodeError as e:
    print(type(e).__name__, e, e.encoding, e.start, e.end, e.reason, ascii(e.object), file=sys.stderr)
try:
    sys.stdout.write('\ud800\udc00')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
for kw in ({'end': '\ud8ff'}, {'sep': '\ud8ff'}, {'sep': '', 'end': ''}):
    try:
        print('a', 'b', **kw)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
print('\U0001f600', '\ud83d\ude00'.encode('utf-16', 'surrogatepass').decode('utf-16'))
print(repr('\ud800'), ascii('\udfff'), '\ud800'.encode('utf-8', 'surrogatepass'))
try:
    input('\udc99> ')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print('last', '\ud800')
