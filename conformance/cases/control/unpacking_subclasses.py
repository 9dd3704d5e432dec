class Backwards(list):
    def __iter__(self):
        return reversed(self[:])


a, b, c = Backwards([1, 2, 3])
print(a, b, c)
first, *rest = Backwards("xyz")
print(first, rest)


class Letters(tuple):
    def __iter__(self):
        return iter("ab")


x, y = Letters((1, 2, 3))
print(x, y)
for p, q in [Letters(()), Backwards([1, 2])]:
    print(p, q)


class Plain(list):
    pass


m, n = Plain([5, 6])
print(m, n)
try:
    m, n = Plain([5, 6, 7])
except ValueError as e:
    print(type(e).__name__, e)


class Short(list):
    def __iter__(self):
        return iter([1])


try:
    u, v = Short([1, 2])
except ValueError as e:
    print(type(e).__name__, e)
() = []
[] = ()
print("empty targets ok")
try:
    () = [1]
except ValueError as e:
    print(type(e).__name__, e)
