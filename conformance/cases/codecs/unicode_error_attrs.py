e = UnicodeDecodeError('a', b'xyz', 0, 1, 'r')
print(e)
e.start = 1
e.end = 3
e.reason = 'changed'
print(e)
e.encoding = 5
print(e)
e.reason = None
print(e)
try:
    e.start = 'a'
except Exception as x:
    print(type(x).__name__, x)
try:
    del e.end
except Exception as x:
    print(type(x).__name__, x)
print(e.args)
e.start = True
print(e.start, type(e.start).__name__)
f = UnicodeEncodeError('enc', 'abc', 0, 1, 'r')
f.object = 'z\u20acz'
f.start, f.end = 1, 2
print(f)
print(UnicodeDecodeError('a', b'xy', 0, 1, 'r').__dict__)
