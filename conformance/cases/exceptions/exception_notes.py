e = ValueError("base")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__, type(e.__notes__).__name__)
print(str(e), repr(e))
try:
    e.add_note(42)
except TypeError as err:
    print(type(err).__name__, err)
try:
    e.add_note()
except TypeError as err:
    print(type(err).__name__, err)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as err:
    print(type(err).__name__, err)
del e.__notes__
e.add_note("fresh")
print(e.__notes__)


class Sub(str):
    pass


e2 = KeyError("k")
e2.add_note(Sub("subclass note"))
print(e2.__notes__, type(e2.__notes__[0]).__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        z.add_note("while dividing")
        raise
except ZeroDivisionError as z:
    print(z.__notes__)
err = RuntimeError("final")
err.add_note("note line one")
err.add_note("note line two\nwith a newline")
raise err
