def gen():
    try:
        yield 1
        raise KeyError("inside gen")
    except KeyError as e:
        print("gen caught", repr(e), "context:", repr(e.__context__))
        yield 2


try:
    raise ValueError("outer")
except ValueError:
    g = gen()
    print(next(g))
print(next(g))


def reraiser():
    try:
        raise IndexError("first")
    except IndexError:
        yield "suspended while handling"
        raise


r = reraiser()
print(next(r))
try:
    next(r)
except IndexError as e:
    print("re-raised after resume:", repr(e))


def ctx_in_gen():
    yield
    raise RuntimeError("during caller handling")


g2 = ctx_in_gen()
next(g2)
try:
    try:
        raise TypeError("caller")
    except TypeError:
        next(g2)
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))


def yield_from_inner():
    yield 1
    raise ValueError("inner failed")


def yield_from_outer():
    try:
        yield from yield_from_inner()
    except ValueError as e:
        yield f"outer caught {e}"


print(list(yield_from_outer()))
