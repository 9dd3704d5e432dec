t = (1, "a", 2.5, None)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], t[::2], t[10:], type(t[1:2]))
print((), (1,), (1, 2), ((),), ((1,),), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({1: 2}))
print(t.count(1), t.count("z"), t.index("a"), (1, 2, 1).index(1, 1), (1, 2, 3).index(3, -1))
for args in [(9,), (1, 1), (2, 0, 1)]:
    try:
        (1, 2, 3).index(*args)
    except ValueError as e:
        print("ValueError", e)
print((1, 2) + (3,), (1,) * 3, 2 * (0,), (1, 2) * 0, (1,) * -1)
try:
    (1,) + [2]
except TypeError as e:
    print("TypeError", e)
try:
    (1,)[5]
except IndexError as e:
    print("IndexError", e)
try:
    (1,)["a"]
except TypeError as e:
    print("TypeError", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError", e)
try:
    t.append(1)
except AttributeError as e:
    print("AttributeError", e)
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 5), () < (0,), (1, 2) != [1, 2])
print((1, (2, 3)) == (1, (2, 3)), (1, 2) <= (1, 2), (3,) >= (2, 9))
try:
    (1, 2) < (1, "a")
except TypeError as e:
    print("TypeError", e)
print(hash((1, 2)) == hash((1, 2)), hash(()), hash((1,)), hash((1, 2)), hash(("a",)) == hash(("a",)))
print(hash((1, 2, (3, 4))), hash((True, 1.5, "s")), hash((-1,)), hash((2**100,)))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError", e)
a, b, *c = (1, 2, 3, 4)
print(a, b, c)
x = 1, 2
print(x, type(x))
u = (1, [2])
u[1].append(3)
print(u)
try:
    u += (4,)
    print(u)
    u[1] += [5]
except TypeError as e:
    print("TypeError", e)
print(u)
print(repr((1,)), str((1, "a")), ("a'b",), ('a"b',))
class T(tuple):
    pass
s = T((1, 2))
print(s, type(s), type(s + (3,)), type(s[:1]), s == (1, 2), hash(s) == hash((1, 2)))
print(tuple(s) is s, type(tuple(s)), tuple((1, 2)) is not None)
nt = (1, 2, 3)
print(nt.__len__(), nt.__getitem__(1), nt.__contains__(3), nt.__add__((4,)), nt.__mul__(2), nt.__rmul__(2))
print(min((3, 1, 2)), max((3, 1, 2)), sum((1, 2)), sorted((3, 1)), list(reversed((1, 2, 3))))
print(1 in (1, 2), 5 not in (1, 2), (1, 2) in [(1, 2)], len(((),)))
nan = float("nan")
print((nan,) == (nan,), (nan,) < (nan,))
r = []
r2 = (r,)
r.append(r2)
print(r2, r)
(1, 2).index(5)
