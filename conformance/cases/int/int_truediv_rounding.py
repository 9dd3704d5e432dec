# int / int is correctly rounded, even for huge operands.
pairs = [(1, 3), (2, 3), (10**30, 3), (2**53 + 1, 1), (2**54 + 1, 2), (-(10**40), 7), (1, 10**400), (10**400, 10**399),
         (2**1100, 2**100), (3**500, 2**700), (123456789123456789, 1000), (2**1023 * 3, 2), (1, 2**1074), (1, 2**1075),
         (3, 2**1076), (-1, 2**1080), (7**300, 5**300), (10**308, 1), (2**64 + 1, 2**64)]
for a, b in pairs:
    try:
        print(a / b)
    except OverflowError as e:
        print("OverflowError", e)
for a, b in [(2**1025, 1), (10**400, 1), (-(10**400), 3)]:
    try:
        print(a / b)
    except OverflowError as e:
        print("OverflowError", e)
print(float(2**53 + 1), float(2**53 + 3), float(-(2**63) - 1), float(2**1023), float(2**1024 - 2**970 - 1))
try:
    float(2**1024 - 2**970)
except OverflowError as e:
    print("OverflowError", e)
print(1e308 < 10**309, 10**308 == 1e308, int(1e308) == 10**308, 2**1024 > 1.7976931348623157e308)
print((10**400) // (10**399), (10**400) % 7, -(10**400) // 7 % 10**5, (10**400 + 1) * 0.0 if False else "skip")
try:
    (10**400) * 1.0
except OverflowError as e:
    print("OverflowError", e)
try:
    (10**400) + 0.5
except OverflowError as e:
    print("OverflowError", e)
print(2**-1, 2**-1074, 2**-1075, 10**-5, (-2)**-1, 0**0)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    0 ** -(2**70)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(2 ** -(2**70) if False else "skip", 1 ** -(2**70), (-1) ** -(2**70 + 1))
(10**400) / 10**-1
