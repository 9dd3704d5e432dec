# expect: limit=time
# Each pass makes a 32 MB list: the limit under test is time, and the memory cap stays out
# of reach even when the conservative GC finds a dead copy or two still pointed at.
l = [0] * (4 << 20)
while True:
    l[:]
