# When both operands return NotImplemented, the TypeError names the operator and both types.
class Refuse:
    def _no(self, *args):
        return NotImplemented


for _n in ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod", "pow", "lshift", "rshift",
           "and", "xor", "or"]:
    setattr(Refuse, "__" + _n + "__", Refuse._no)
    setattr(Refuse, "__r" + _n + "__", Refuse._no)


class Other(Refuse):
    pass


class Plain:
    pass


ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b), ("@", lambda a, b: a @ b),
       ("/", lambda a, b: a / b), ("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("**", lambda a, b: a ** b),
       ("<<", lambda a, b: a << b), (">>", lambda a, b: a >> b), ("&", lambda a, b: a & b), ("^", lambda a, b: a ^ b),
       ("|", lambda a, b: a | b), ("divmod", divmod), ("pow", pow), ("pow3", lambda a, b: pow(a, b, 5))]
for a, b in [(Refuse(), Other()), (Other(), Refuse()), (1, Refuse()), (Refuse(), "s"), (Plain(), Plain()), (Plain(), 2.5)]:
    for name, op in ops:
        try:
            print(name, op(a, b))
        except TypeError as e:
            print(name, "TypeError:", e)
for args in [(2, 3, "m"), (2, "e", 5), ("b", 3, 5), (Plain(), 1, 1), (1.5, 2, 3), (1, 2, 3.5)]:
    try:
        print(pow(*args))
    except TypeError as e:
        print("pow3 TypeError:", e)


class Half:
    def __add__(self, o):
        return NotImplemented

    def __radd__(self, o):
        return "Half.__radd__"


print(1 + Half(), [] + Half())
for expr in [lambda: Half() + Half(), lambda: Half() + 1]:
    try:
        print(expr())
    except TypeError as e:
        print("TypeError:", e)
