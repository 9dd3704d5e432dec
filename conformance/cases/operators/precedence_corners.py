# Operator precedence corners: unary minus and **, not vs comparisons, bitwise tiers, lambda
# and conditional expressions.
print(-2 ** 2, (-2) ** 2, 2 ** -1, -2 ** -2, 2 ** 3 ** 2, (2 ** 3) ** 2, -3 ** 2 * 2, ~1 ** 2, ~(1 ** 2))
a, b = 1, 2
print(not a == b, (not a) == b, not a < b, not -a, - - a, + - a, not not a)
print(1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 1 + 2 << 3, 1 << 2 + 3, 6 & 3 == 2, (6 & 3) == 2, 1 | 2 == 3)
print(5 - 3 - 1, 2 ** 2 ** 0, 100 / 10 / 5, 100 // 7 % 3, 7 % 3 * 2, -7 // 2 * 2, -7 % -3 ** 2)
print(1 if 0 else 2 if 0 else 3, (1 if 0 else 2) if 0 else 3, 1 or 2 and 0, (1 or 2) and 0, not 1 or 2, not (1 or 2))
f = lambda x: x if x else -1
print(f(0), f(5), (lambda: 1 if False else 2)(), [lambda: i for i in range(2)][0](), (lambda *a: a)(1, 2) * 2)
print(3 in [3] == True, (3 in [3]) == True, 3 not in [4] is True, not 3 in [4])
print("%d" % 3 * 2, "%d" % (3 * 2), "ab" * 2 + "c", "-" * 2 ** 2, [0] * 2 * 2, -1 * -1 ** 2)
x = [1, 2, 3]
print(x[1:] + x[:1], x[-1] ** 2, -x[0], x[0] * -1, -x[-1:][0], (x * 2)[::-1][0])
print(2 * 3 @ 1 if False else "skip", 1e3 ** 0.5 > 31, 10 ** -2 * 100, - 5 % 3, -(5 % 3), (-5) % 3)
print(True + True * True, True ** -True, (True, False)[not True], [1, 2][True:], 2 < 3 < 4 > 1 != 0)
y = 5
y -= 1 + 1
y *= 2 + 1
y **= 1 - 0
print(y, 1 < 2 and 2 < 3 or 0, None or 0 or [], 0 and None or "last")
print(1 + (2 if 3 else 4), 3 - -3, 3 - - - 3, 2 * - 2, 2 ** - 1)
