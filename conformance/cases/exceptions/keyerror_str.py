for key in ["name", "", 0, (1, 2), None, "it's", 'say "hi"', frozenset()]:
    try:
        {}[key]
    except KeyError as e:
        print(repr(str(e)), repr(e), e.args)
print(str(KeyError()), repr(KeyError()))
print(str(KeyError("a", "b")), repr(KeyError("a", "b")))
print(str(KeyError(KeyError("x"))))
d = {"a": 1}
try:
    d.pop("zz")
except KeyError as e:
    print("pop:", e)
try:
    set().remove(3)
except KeyError as e:
    print("set.remove:", e)
try:
    {}.popitem()
except KeyError as e:
    print("popitem:", e)
try:
    set().pop()
except KeyError as e:
    print("set.pop:", e)
