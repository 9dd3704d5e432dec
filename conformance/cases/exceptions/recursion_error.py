import sys

print(sys.getrecursionlimit())
depth = 0


def dive():
    global depth
    depth += 1
    dive()


try:
    dive()
except RecursionError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))
    print("depth reached", depth)


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(len(str(fact(500))))
sys.setrecursionlimit(100)
print(sys.getrecursionlimit())
depth = 0
try:
    dive()
except RecursionError:
    print("depth with limit 100:", depth)
sys.setrecursionlimit(1000)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)


def recover():
    try:
        dive()
    except RecursionError:
        return "recovered"


print(recover(), recover())


def mutual_a(n):
    return mutual_b(n + 1)


def mutual_b(n):
    return mutual_a(n + 1)


mutual_a(0)
