# expect: limit=time
# Each find scans 64 MB without matching: the scan itself must be charged.
s = 'a' * (64 << 20)
while True:
    s.find('b')
