h = b'a' * 300000
n = b'a' * 150000 + b'b'
print(h.rfind(n), h.find(n), h.count(n), n in h, h.rfind(b'a' * 150000))
print(h.rsplit(b'a' * 1000, 3)[-1] == b'', len(h.rsplit(b'a' * 1000)))
print(h.rpartition(b'b' + b'a' * 1000)[0] == b'', h.rindex(b'a' * 299999))
h2 = (b'ab' * 100000) + b'c'
print(h2.rfind(b'ab' * 1000 + b'c'), h2.rfind(b'ba' * 1000 + b'c'), h2.find(b'ab' * 50000 + b'c'))
