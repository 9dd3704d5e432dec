a = bytearray(b' Mixed Case, text ')
results = [a.upper(), a.lower(), a.strip(), a.center(30), a.replace(b' ', b'_'), a.zfill(25),
           a.translate(None, b' '), a.expandtabs(), a.removeprefix(b' '), a.title(), a.swapcase(),
           a.capitalize(), a.ljust(5), a.rstrip(b' '), a.lstrip()]
for r in results:
    print(type(r).__name__, r, r is a)
print([type(x).__name__ for x in a.split()], [type(x).__name__ for x in a.partition(b',')])
print([type(x).__name__ for x in a.rpartition(b'#')], [type(x).__name__ for x in a.splitlines()])
b = bytearray(b'same')
print(b.strip() is b, b.replace(b'x', b'y') is b, b.center(2) is b)
x = b'same'
print(x.strip() is x, x.replace(b'x', b'y') is x, x.center(2) is x, x.ljust(4) is x, x.zfill(1) is x)
