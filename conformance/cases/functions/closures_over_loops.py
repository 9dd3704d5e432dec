# Closures over loop variables in for, while and comprehensions; capture by default value;
# class bodies are not enclosing scopes for the functions defined in them.
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
i = 10
print([f() for f in fs], "module-level loop variable is a global")


def in_function():
    out = []
    for j in range(3):
        out.append(lambda: j)
    j = "rebound after loop"
    return [f() for f in out]


print(in_function())

print([f() for f in [lambda: k for k in range(3)]])
print([f() for f in [lambda k=k: k for k in range(3)]])
print([f() for f in [(lambda k: lambda: k)(k) for k in range(3)]])


def while_closures():
    out, n = [], 0
    while n < 3:
        def show(m=n):
            return m, n
        out.append(show)
        n += 1
    return [f() for f in out]


print(while_closures())


def nested_loops():
    out = []
    for a in "xy":
        for b in (1, 2):
            out.append(lambda a=a: a + str(b))
    return [f() for f in out]


print(nested_loops())


class Config:
    factor = 3
    scaled = [factor * n for n in range(1)] if False else None

    def get(self):
        try:
            return factor
        except NameError as e:
            return f"NameError: {e}"

    helper = staticmethod(lambda: factor)


print(Config().get())
try:
    Config.helper()
except NameError as e:
    print("NameError:", e)
try:
    class Broken:
        base = 2
        values = [base * n for n in range(3)]
except NameError as e:
    print("NameError:", e)


class Fine:
    base = 2
    values = [n for n in range(base)]


print(Fine.values)


def generator_closures():
    gens = []
    for x in range(3):
        gens.append(y * x for y in (1, 10))
    return [list(g) for g in gens]


print(generator_closures())
