def show(e):
    print(type(e).__name__, e)
    print("  cause:", repr(e.__cause__))
    print("  context:", repr(e.__context__))
    print("  suppress:", e.__suppress_context__)


try:
    try:
        int("x")
    except ValueError as err:
        raise RuntimeError("wrapped") from err
except RuntimeError as e:
    show(e)
    print("  cause is context:", e.__cause__ is e.__context__)

try:
    try:
        {}["a"]
    except KeyError:
        raise LookupError("clean") from None
except LookupError as e:
    show(e)

try:
    raise TypeError("t") from ValueError("v")
except TypeError as e:
    show(e)

try:
    raise TypeError("t") from ValueError
except TypeError as e:
    show(e)
    print("  cause type:", type(e.__cause__).__name__, e.__cause__.args)

try:
    raise TypeError("t") from 5
except TypeError as e:
    show(e)

try:
    raise TypeError("t") from int
except TypeError as e:
    show(e)

e = ValueError("manual")
e.__cause__ = KeyError("k")
print(e.__suppress_context__, repr(e.__cause__))
e.__cause__ = None
print(e.__suppress_context__, repr(e.__cause__))
e.__suppress_context__ = False
print(e.__suppress_context__)
try:
    e.__cause__ = "nope"
except TypeError as err:
    print(type(err).__name__, err)
try:
    e.__context__ = 3
except TypeError as err:
    print(type(err).__name__, err)
