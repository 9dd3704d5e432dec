vals = [0, 1, -1, 5, -5, 255, -256, 2**64, -(2**64), 2**100 + 7, -(2**100) - 9]
for a in vals:
    row = []
    for b in [0, 3, -3, 2**65 + 1, -(2**70)]:
        row.append((a & b, a | b, a ^ b))
    print(a, ~a, row)
for a in vals:
    print(a, [a << n for n in (0, 1, 7, 64)], [a >> n for n in (0, 1, 7, 64, 200)])
print(1 << 100, (1 << 100) >> 99, -1 << 70, (-1 << 70) >> 69, 5 >> 10**20, -5 >> 10**20, 0 << 10**20)
for bad in [(1, -1), (1, -(2**80))]:
    for op in ["<<", ">>"]:
        try:
            print(bad[0] << bad[1] if op == "<<" else bad[0] >> bad[1])
        except ValueError as e:
            print("ValueError", e)
try:
    1 << 1.5
except TypeError as e:
    print("TypeError", e)
try:
    1.5 & 1
except TypeError as e:
    print("TypeError", e)
try:
    "a" | 1
except TypeError as e:
    print("TypeError", e)
try:
    ~1.5
except TypeError as e:
    print("TypeError", e)
print((0xFF ^ 0x0F).bit_count(), (-0b1011).bit_count(), (2**100 - 1).bit_count(), (0).bit_length(), (-(2**64)).bit_length())
print(int.bit_length(255), int.bit_count(7), (123456789).bit_length(), (1 << 63).bit_length())
x = 0b1010
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0b111; print(x)
x |= 0b1000; print(x)
x ^= 0b1111; print(x)
print(bin(-5 & 0xFF), hex(-1 & 0xFFFFFFFF), oct(~7 & 0o777))
1 << -5
