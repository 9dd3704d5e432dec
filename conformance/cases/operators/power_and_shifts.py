# ** with negative and float exponents, pow with a modulus, shifts and their errors.
print(2 ** 10, 2 ** -1, (-2) ** 3, (-2) ** -3, 0 ** 0, 0.0 ** 0, 2 ** 0.5, 4 ** 0.5, (-8) ** 3)
print(10 ** -2, 1 ** -5, (-1) ** -7, 2.5 ** 2, 2 ** 2 ** 3, -2 ** 2, (-2) ** 2)
for a, b in [(0, -1), (0.0, -1), (0, -1.5)]:
    try:
        print(a ** b)
    except ZeroDivisionError as e:
        print(repr(a), "**", repr(b), "->", e)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError:", e)
print(pow(3, 4, 5), pow(-3, 4, 5), pow(3, -1, 7), pow(2, 10, -7), pow(5, 0, 1), pow(0, 0, 3))
for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 0.5, 3)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(1 << 10, 1 << 100, -1 << 3, 1024 >> 3, -1024 >> 3, -1 >> 100, 5 >> 0, True << 2)
for a, b in [(1, -1), (1.0, 2), (1, 2.0)]:
    try:
        print(a << b)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    1 >> -3
except ValueError as e:
    print("ValueError:", e)
print(~0, ~5, ~-1, ~True, -(-5), +True, -0.0, abs(-0.0), -(2**70))
print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110, -12 & 10, -12 | 10, -12 ^ 10)
print((2**70 - 1) & -(2**65), (-(2**70)) | 1, (2**64) ^ (2**64 - 1))
try:
    1.5 & 1
except TypeError as e:
    print("TypeError:", e)
x = 5
x **= 2
x <<= 3
x >>= 1
x //= 3
x %= 7
x ^= 12
x |= 1
x &= ~2
print(x)
