# A __context__ loop built by hand does not pass through the new exception: raising while
# handling one of its members must neither hang nor cut it.
try:
    raise ValueError("a")
except ValueError as a:
    b = TypeError("b")
    a.__context__ = b
    b.__context__ = a
    try:
        raise KeyError("k")
    except KeyError as k:
        print("caught", repr(k.__context__), repr(k.__context__.__context__))
        print(a.__context__ is b, b.__context__ is a)

# A loop through the new exception is cut where it would close.
try:
    raise ValueError("x")
except ValueError as x:
    y = TypeError("y")
    x.__context__ = y
    try:
        raise y
    except TypeError as t:
        print(t is y, repr(t.__context__), x.__context__)

# A long chain: each handler raises while handling the one before.
def nest(n):
    try:
        raise ValueError(n)
    except ValueError:
        if n:
            nest(n - 1)
        else:
            raise
try:
    nest(300)
except ValueError as e:
    depth = 0
    while e.__context__ is not None:
        e = e.__context__
        depth += 1
    print("chain", depth, e.args)
