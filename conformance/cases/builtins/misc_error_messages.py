vals = [1, 1.5, "s", [1], (1,), {1: 2}, {1}, None, True, b"b", range(2), len, object()]
for v in vals:
    row = []
    for f in [lambda: -v, lambda: +v, lambda: ~v, lambda: abs(v), lambda: v[0], lambda: v["k"], lambda: len(v), lambda: iter(v),
              lambda: v(), lambda: hash(v), lambda: 1 in v, lambda: v.nope, lambda: int(v), lambda: float(v)]:
        try:
            f()
            row.append("ok")
        except Exception as e:
            row.append(type(e).__name__ + ": " + str(e))
    print(type(v).__name__, row)
for v in vals:
    for op in ["+=", "-=", "*=", "|=", "&=", "//=", "**="]:
        x = v
        try:
            if op == "+=": x += 1
            elif op == "-=": x -= "s"
            elif op == "*=": x *= 2.5
            elif op == "|=": x |= None
            elif op == "&=": x &= {1}
            elif op == "//=": x //= []
            else: x **= "2"
        except TypeError as e:
            print(type(v).__name__, op, e)
        except Exception as e:
            print(type(v).__name__, op, type(e).__name__)
for v in vals:
    try:
        v[0] = 1
    except Exception as e:
        print("setitem", type(v).__name__, type(e).__name__, e)
    try:
        del v[0]
    except Exception as e:
        print("delitem", type(v).__name__, type(e).__name__, e)
None[0]
