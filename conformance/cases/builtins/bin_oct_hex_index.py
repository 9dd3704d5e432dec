class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
for v in [0, 5, -5, 2**65, -(2**65), True]:
    print(bin(v), oct(v), hex(v), bin(I(v)) if not isinstance(v, bool) else "", format(v, "#b"), f"{v:#o}", "%x" % v, "%#X" % v)
class BadIndex:
    def __index__(self):
        return 1.5
for bad in [1.5, "5", None, BadIndex(), [1]]:
    try:
        hex(bad)
    except TypeError as e:
        print("TypeError", e)
print(int(bin(12345), 2), int(oct(-12345), 8), int(hex(2**100), 16), int(hex(-255), 0))
print(bin(I(7)), oct(I(-8)), hex(I(255)), [1, 2, 3][I(1)], range(10)[I(2):I(5)], "abcdef"[I(1):I(3)])
bin(3.0)
