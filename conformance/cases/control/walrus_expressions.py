data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 10])
print(y)
values = [(z := i) for i in range(3)]
print(values, z)
total = 0
print([total := total + x for x in data], total)


def f():
    if (res := compute()) is not None:
        return res
    return "none"


def compute():
    return 42


print(f())
print((a := 1, b := 2), a, b)
print(a if (a := 10) else 0)
m = None
print((m := "matched"), m)


def outer():
    [inner := i for i in range(4)]
    return inner


print(outer())
while (chunk := data[:2]):
    print("chunk", chunk)
    data = data[2:]


def genexp_binds_in_function():
    g = ((w := q) for q in range(2))
    return list(g), w


print(genexp_binds_in_function())
