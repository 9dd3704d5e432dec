vals = [1, 1.5, "s", [1], (1,), {1: 2}, {1}, None, True, b"b", range(2), len]
ops = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@", "<", ">="]
for a in vals:
    for b in vals:
        for op in ops:
            try:
                r = {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b, "/": lambda: a / b, "//": lambda: a // b,
                     "%": lambda: a % b, "**": lambda: a ** b, "<<": lambda: a << b, ">>": lambda: a >> b, "&": lambda: a & b,
                     "|": lambda: a | b, "^": lambda: a ^ b, "@": lambda: a @ b, "<": lambda: a < b, ">=": lambda: a >= b}[op]()
            except TypeError as e:
                print(type(a).__name__, op, type(b).__name__, "->", e)
            except Exception as e:
                print(type(a).__name__, op, type(b).__name__, "=>", type(e).__name__)
