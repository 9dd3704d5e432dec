big = 10 ** 5000
try:
    s = str(big)
except ValueError as e:
    print("ValueError", e)
try:
    repr(big)
except ValueError as e:
    print("ValueError", e)
try:
    print(f"{big}")
except ValueError as e:
    print("ValueError", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError", e)
print(len(str(int("1" * 4300))))
print(len(hex(big)))
print(len(bin(big)))
print(len(oct(big)))
print(int("1" * 5000, 16) % 1000)
try:
    "%d" % big
except ValueError as e:
    print("ValueError", e)
x = 10 ** 4299
print(len(str(x)))
print(len(str(-x)))
try:
    str(10 ** 4300)
except ValueError as e:
    print("ValueError", e)
str(-(10 ** 4300))
