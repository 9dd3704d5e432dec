def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup:{type(e).__name__}"
    except (ZeroDivisionError,) as e:
        return "zero"
    except ArithmeticError:
        return "arith"
    except (TypeError, ValueError) as e:
        return f"pair:{type(e).__name__}"
    except Exception as e:
        return f"other:{type(e).__name__}"


for exc in [KeyError(), IndexError(), ZeroDivisionError(), OverflowError(), TypeError(),
            ValueError(), AttributeError(), UnboundLocalError(), RuntimeError()]:
    print(classify(exc))

handlers = (KeyError, ValueError)
try:
    raise ValueError("dynamic")
except handlers as e:
    print("dynamic tuple", e)

try:
    raise KeyError("first wins")
except LookupError:
    print("LookupError clause")
except KeyError:
    print("KeyError clause")

try:
    try:
        raise ValueError("x")
    except 42:
        print("never")
except TypeError as e:
    print(type(e).__name__, e)

try:
    try:
        raise ValueError("x")
    except (ValueError, 42):
        print("matched before bad element")
except TypeError as e:
    print(type(e).__name__, e)

try:
    try:
        raise ValueError("x")
    except (42, ValueError):
        print("never")
except TypeError as e:
    print(type(e).__name__, e)

try:
    try:
        raise ValueError("x")
    except list:
        print("never")
except TypeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))

def nested_tuple():
    try:
        raise NameError("n")
    except (TypeError, (AttributeError, NameError)):
        return "nested tuples are not allowed"


try:
    nested_tuple()
except TypeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
