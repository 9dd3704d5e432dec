x = 1
x += 2
x -= 1
x *= 10
x /= 4
print(x)
x //= 2
x **= 3
x %= 5
print(x)
n = 0b1010
n &= 0b0110
n |= 0b1000
n ^= 0b0001
n <<= 2
n >>= 1
print(n, bin(n))
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
t = (1, 2)
talias = t
t += (3,)
print(t, talias, t is talias)


class Box:
    def __init__(self):
        self.v = 1
        self.items = [0]


b = Box()
b.v += 5
b.items += [1]
b.items[0] += 10
print(b.v, b.items)
d = {"a": 1, "k": [1]}
d["a"] += 1
d["k"] *= 2
d.setdefault("new", 0)
d["new"] -= 3
print(d)
m = [[1, 2], [3, 4]]
m[1][0] += 100
m[0][1:] += [9]
print(m)
lst = [1, 2, 3, 4]
lst[1:3] += [7]
print(lst)
counter = 0


def bump():
    global counter
    counter += 1
    return counter


bump()
bump()
print(counter)


def make():
    total = 0

    def add(k):
        nonlocal total
        total += k
        return total

    return add


adder = make()
adder(5)
print(adder(6))


class C:
    count = 0


C.count += 1
inst = C()
inst.count += 10
print(C.count, inst.count)
s = {1, 2}
s |= {3}
s &= {1, 3, 4}
s -= {1}
s ^= {5}
print(sorted(s))
fs = frozenset({1})
fa = fs
fs |= {2}
print(fs, fa, fs is fa)
b2 = bytearray(b"ab")
b2 += b"c"
b2 *= 2
print(b2)
try:
    t = (1,)
    t[0] += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    tup = ([1],)
    tup[0] += [2]
except TypeError as e:
    print(type(e).__name__, e, tup)
try:
    undefined_aug += 1
except NameError as e:
    print(type(e).__name__, e)
try:
    d["missing"] += 1
except KeyError as e:
    print(type(e).__name__, e)
try:
    b.nope += 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    x = "s"
    x -= 1
except TypeError as e:
    print(type(e).__name__, e)
