hay = 'a' * 300000
needle = 'a' * 1000 + 'b'
print(hay.find(needle), hay.rfind(needle), hay.count(needle), needle in hay)
print(hay.rfind('b' + 'a' * 1000), hay.find('b' + 'a' * 1000), hay.replace(needle, 'x') == hay)
print(len(hay.split(needle)), len(hay.rsplit('a' * 100)), len(hay.rsplit('a' * 7)), hay.rpartition('a' * 500)[0] == 'a' * 299500)
h2 = ('ab' * 100000) + 'abc'
print(h2.rfind('abc'), h2.rfind('ba' * 20 + 'c'), h2.rfind('abababababababababc'), h2.find('abababababababababc'))
