print(2 ** 10, 2 ** 100, (-2) ** 3, (-2) ** 4, 10 ** 0, 0 ** 0, 0 ** 5, 1 ** 10**6, (-1) ** (10**6 + 1), 7 ** 2 ** 2)
print(2 ** -1, 4 ** -2, (-2) ** -2, 10 ** -3, type(2 ** -1).__name__, 2 ** 0.5, 9 ** 0.5, 2 ** 62, type(2 ** 62).__name__)
print(pow(3, 4), pow(3, 4, 5), pow(-3, 4, 5), pow(3, 4, -5), pow(3, 0, 1), pow(0, 0, 7), pow(2, 10**18, 10**9 + 7), pow(10**20, 10**20, 97))
print(pow(3, -1, 11), pow(-3, -1, 11), pow(3, -2, 11), pow(2, -1, 2**61 - 1), pow(5, -3, 13) * pow(5, 3, 13) % 13)
for args in [(2, -1, 4), (0, -1, 5), (2, 5, 0), (2.0, 2, 2), (2, 2.0, 2), (2, 2, 2.0), ("2", 2, 2)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
x = 3
x **= 3
print(x, (2 ** 3) ** 2, 2 ** (3 ** 2), -2 ** 2, (-2) ** 2, 2 ** -2 ** 2)
print(len(str(2 ** 10000)), str(3 ** 500)[:15], (7 ** 77) % 1000, bin(2 ** 64 - 1).count("1"))
pow(2, -1, 4)
