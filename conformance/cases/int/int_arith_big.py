a = 2 ** 100
b = 3 ** 70
print(a + b, a - b, b - a, a * b)
print(a // b, a % b, -a // b, -a % b, a // -b, a % -b, -a // -b, -a % -b)
print(divmod(a, b), divmod(-a, b), divmod(a, -7), divmod(-a, 7))
print(a / b, b / a, a / 3, (10**400) / (10**399))
print(a ** 3, (-a) ** 3, 2 ** -2, (-2) ** -3, 0 ** 0, 10 ** 0)
print(a << 10, a >> 10, -a >> 10, -1 >> 100, 1 << 0, (-5) >> 1, (-5) << 3)
print(a & b, a | b, a ^ b, ~a, -a & b, -a | b, -a ^ -b, ~(-a))
print(abs(-a), -(-a), +a)
print(a == 2 ** 100, a != b, a < b, a > b, a <= a, -a < 0)
print(int(a * 1.0), a * 1.0, float(a))
print(2 ** 64 - 1, 2 ** 63, -2 ** 63, -(2 ** 63) - 1)
x = 2 ** 62
print(x, x - 1, x + x, -x - x, x * 2, x * -2, (x * 2) // 2, type(x))
print(4611686018427387903 + 1, -4611686018427387904 - 1, 4611686018427387904 * 4611686018427387904)
print(9223372036854775807 * -1, -9223372036854775808 // -1, -9223372036854775808 % -1)
print(-4611686018427387904 // -1, abs(-4611686018427387904), -(-4611686018427387904))
for (p, q) in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (0, -5), (1, 1)]:
    print(p, q, p // q, p % q, divmod(p, q), p / q)
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    a / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 << -1
except ValueError as e:
    print(e)
try:
    1 >> -1
except ValueError as e:
    print(e)
try:
    10 ** 400 / 3 ** -1
except Exception as e:
    print(type(e).__name__, e)
try:
    (10 ** 400) / 3
except OverflowError as e:
    print(e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(e)
print((10 ** 400) // 3 % 1000, (10**400) / (10**399 + 1))
print(0 ** 5, 1 ** 1000, (-1) ** 1001, 2 ** 0.5, 4 ** -0.5, (-8) ** 2, 5 ** -1)
print(1 >> 1000, 0 << 100, 12345678901234567890 >> 64, 1 << 200 >> 199)
print(hash(2**61 - 1), hash(2**61), hash(-2**61), hash(2**100), hash(-1), hash(-2), hash(10**30))
print(pow(2, 10, 1000), pow(3, 200, 10**9 + 7), pow(-3, 3, 7), pow(3, -1, 7), pow(38, -1, 97), pow(2, 5, -7))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(e)
try:
    pow(2, 1.5, 5)
except TypeError as e:
    print(e)
print(pow(5, 0, 1), pow(0, 0, 3), pow(-1, -1, 5), pow(7, -3, 11), pow(2, 100, 2**65 + 1))
print(pow(base=2, exp=3), pow(2, exp=3, mod=5))
1 // 0
