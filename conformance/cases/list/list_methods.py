a = [3, 1, 2]
a.append(4); print(a)
a.extend([5, 6]); print(a)
a.extend(range(2)); print(a)
a.extend("ab"); print(a)
a.extend(x for x in (7, 8)); print(a)
a.insert(0, "first"); a.insert(100, "last"); a.insert(-1, "beforelast"); a.insert(-100, "veryfirst"); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(2), a.index("a"), a.count(1), a.count("zzz"))
a.remove("a"); print(a)
for args in [(99,), (1, 5), (1, 0, 2), (1, -3), (2, 0, 100), (2, -100, 100)]:
    try:
        print(args, a.index(*args))
    except ValueError as e:
        print(args, "ValueError", e)
try:
    a.remove(99)
except ValueError as e:
    print("ValueError", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError", e)
try:
    [1].pop("x")
except TypeError as e:
    print("TypeError", e)
try:
    [1].insert("x", 1)
except TypeError as e:
    print("TypeError", e)
b = [1, 2, 3]
c = b.copy(); c.append(4); print(b, c, c is b)
b.reverse(); print(b)
b.clear(); print(b, len(b))
print([1, 2] + [3], [1] * 3, 3 * [0], [1, 2] * 0, [1] * -5, [] * 10)
x = [1, 2]; y = x; x += [3]; print(x, y, x is y)
x *= 2; print(x, y is x)
x *= 0; print(x, y)
x += "ab"; print(x)
x += (1, 2); print(x)
x += {9: 1}; print(x)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError", e)
try:
    [1] + "a"
except TypeError as e:
    print("TypeError", e)
try:
    [1] * 1.5
except TypeError as e:
    print("TypeError", e)
try:
    [1] * "a"
except TypeError as e:
    print("TypeError", e)
try:
    x += 5
except TypeError as e:
    print("TypeError", e)
print([1, 2, 3].__len__(), [1, 2].__contains__(2), [1, 2].__getitem__(0), list.__name__)
print(list("abc"), list(range(3)), list((1, 2)), list({1: 2, 3: 4}), list({1: 2}.items()), list())
print(list(reversed([1, 2, 3])), list(iter([4, 5])), list(map(str, [1, 2])))
class L(list):
    pass
l = L([1, 2])
print(l, type(l), type(l + [3]), type(l[:1]), type(l * 2), l == [1, 2])
m = [1, 2, 3]
print(m.__iadd__([4]), m.__mul__(2), m.__rmul__(2), m.__imul__(1))
print(m.__reversed__().__next__(), m.__iter__().__next__())
[].index(1)
