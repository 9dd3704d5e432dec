import sys

print(sys.exc_info())
try:
    raise ValueError("current")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), v is sys.exception())
    try:
        raise KeyError("nested")
    except KeyError:
        print(sys.exc_info()[0].__name__, repr(sys.exception()))
    print("restored:", repr(sys.exception()))
print(sys.exc_info(), sys.exception())


def in_function():
    return sys.exception()


try:
    raise IndexError("visible in callee")
except IndexError:
    print(repr(in_function()))
try:
    raise TypeError("t")
except TypeError:
    pass
finally:
    print("finally after handled:", sys.exception())
try:
    try:
        raise TypeError("pending in finally")
    finally:
        print("finally while propagating:", repr(sys.exception()))
except TypeError:
    pass


def gen():
    yield repr(sys.exception())


try:
    raise OSError("outer")
except OSError:
    g = gen()
    print(next(g))
