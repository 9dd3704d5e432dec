e = ValueError("a", 2)
print(e.args)
e.args = ["x"]
print(e.args, type(e.args).__name__, str(e))
e.args = ()
print(repr(e), str(e) == "")
e.args = "ab"
print(e.args)
try:
    del e.args
except TypeError as err:
    print(type(err).__name__, err)
try:
    e.args = 5
except TypeError as err:
    print(type(err).__name__, err)
e.custom = 42
print(e.custom, e.__dict__)
print(Exception.__doc__)
print(ValueError.__name__, ValueError.__qualname__, ValueError.__module__)
