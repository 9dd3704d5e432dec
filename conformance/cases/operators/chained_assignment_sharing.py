# `a = b = expr` evaluates expr once and binds every target to the same object, left to right.
a = b = []
a.append(1)
print(a, b, a is b)
c = d = e = {}
e["k"] = 1
print(c, c is d is e)
x = x0 = [0, 1]
x = x[0] = [5, 6]
print(x, x[0] is x, x0)
lst = [0, 0, 0]
i = lst[i] = 2 if False else 1
print(i, lst)


class Obj:
    pass


o = Obj()
o = o.me = Obj()
print(o.me is o)
n = [None]
n[0] = n = [1, 2]
print(n)
f = g = 0
f += 1
print(f, g)
t1 = t2 = (1, [2])
t1[1].append(3)
print(t2)
p, q = r = s = (1, 2)
print(p, q, r, s, r is s)
m = [1, 2, 3]
m[0] = m[2] = m
print(m, m[0] is m)
calls = []


def make():
    calls.append("make")
    return []


u = v = w = make()
print(calls, u is v is w)
k = {}
k["a"] = k["b"] = k
print(sorted(k), k["a"] is k)
s1 = s2 = "str"
s1 += "!"
print(s1, s2)
