ints = [0, 1, -3, 2**53 + 1, 2**70, -(2**70)]
floats = [0.5, -2.25, 1e20, 3.0, -0.0]
for i in ints:
    for f in floats:
        row = []
        for op in ["+", "-", "*", "/", "//", "%", "**"]:
            try:
                r = {"+": lambda: i + f, "-": lambda: i - f, "*": lambda: i * f, "/": lambda: i / f, "//": lambda: i // f, "%": lambda: i % f,
                     "**": lambda: (i % 7) ** f}[op]()
                row.append(r)
            except Exception as e:
                row.append(type(e).__name__)
        print(i, f, row)
print(type(1 + 1.0).__name__, type(True + 0.5).__name__, 3 * 0.1, 0.1 * 3, 1 / 3 + 1 / 3 + 1 / 3, 2 ** 0.5 * 2 ** 0.5)
x = 1
x += 0.5
x *= 2
print(x, type(x).__name__)
