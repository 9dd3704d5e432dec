# Conditional expressions nest to the right and evaluate only the chosen branch.
log = []


def v(name, val):
    log.append(name)
    return val


print(v("a", 1) if v("c1", False) else v("b", 2) if v("c2", True) else v("c", 3), log)
log.clear()
print((v("a", 1) if v("c1", True) else v("b", 2)) if v("c0", 0) else v("z", 26), log)
log.clear()
f = lambda n: "neg" if n < 0 else "pos" if n > 0 else "zero"
print([f(i) for i in (-1, 0, 1)])
g = lambda: 1 if False else 2, 3
print(type(g).__name__, g[0](), g[1])
t = 1 if True else 2, 3
print(t)
print(0 or 5 if 0 else 7, (0 or 5) if 0 else 7, 1 and 0 if 1 else 9, not 1 if 0 else 2)
print([x if x % 2 else -x for x in range(5) if x != 3], [x for x in range(6) if (x if x > 2 else 0)])
print(-1 if True else 1 + 100, (lambda: 5)() if 1 else None, 3 if "" else 4 if [] else 5)


def default(a=1 if len("xy") == 2 else 0, b=[] if False else (1,)):
    return a, b


print(default(), {k: ("even" if k % 2 == 0 else "odd") for k in range(3)})
x = 10
print("big" if x > 5 else "small", x if (x := x - 8) > 5 else -x, x)
s = "a" "b" if x else "c"
print(s, f"{x if x else 'none'}", f"{'y' if x > 1 else 'n'}")
