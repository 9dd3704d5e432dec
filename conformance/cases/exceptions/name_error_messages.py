def show(code):
    try:
        exec(code, {})
    except NameError as e:
        print(type(e).__name__, e, "| name:", e.name)


try:
    undefined_thing
except NameError as e:
    print(e, e.name, e.args)
try:
    print(lenght([1]))
except NameError as e:
    print(e, e.name)
try:
    del not_defined_either
except NameError as e:
    print(e)
e = NameError("custom", name="x")
print(e, e.name, e.args)
e = NameError()
print(repr(e), e.name)


class K:
    attr = 1

    def m(self):
        return attr


try:
    K().m()
except NameError as e:
    print(e)
try:
    [undefined_in_comp for _ in range(1)]
except NameError as e:
    print(e)
try:
    (lambda: missing_in_lambda)()
except NameError as e:
    print(e)
