lst = [1, 2, 3, 4]
for x in lst:
    if x == 2:
        lst.remove(x)
    print("visit", x)
print(lst)
lst = [1, 2]
for x in lst:
    if len(lst) < 5:
        lst.append(x * 10)
print(lst)
d = {"a": 1, "b": 2}
try:
    for k in d:
        d["c"] = 3
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2}
for k in d:
    d[k] = 0
print(d)
it = iter([1, 2, 3, 4, 5])
for x in it:
    if x == 2:
        print("skip", next(it))
    print("got", x)
for i in range(3):
    i = 10
    print(i)
r = range(10, 0, -3)
print(list(r), len(r), r[1], 7 in r, list(reversed(r)))
for i, (a, b) in enumerate(zip("ab", [1, 2]), start=1):
    print(i, a, b)
print(list(zip([1, 2, 3], "ab")))
