# Re-entrancy, exhaustion, first-iterable evaluation of generator expressions, PEP 479.
def selfref():
    yield next(g)


g = selfref()
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)


def one():
    yield 1


o = one()
print(list(o), list(o), next(o, "done"))
calls = []


def source(tag):
    calls.append(tag)
    return range(3)


ge = (x * y for x in source("outer") for y in source("inner"))
print(calls)
print(list(ge), calls)
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)


def leaky():
    yield 1
    raise StopIteration("inner")


try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def uses_next(it):
    while True:
        yield next(it)


try:
    print(list(uses_next(iter([1, 2]))))
except RuntimeError as e:
    print("RuntimeError:", e)


def returns_early(n):
    for i in range(n):
        if i == 2:
            return f"stopped at {i}"
        yield i


r = returns_early(5)
print(list(r))
r = returns_early(5)
out = []
while True:
    try:
        out.append(next(r))
    except StopIteration as stop:
        print(out, stop.value)
        break


def nested_finally():
    try:
        try:
            yield "a"
        finally:
            print("  inner finally")
        yield "b"
    finally:
        print("  outer finally")


n = nested_finally()
print(next(n))
n.close()
n2 = nested_finally()
print(next(n2), next(n2))
try:
    n2.throw(KeyError("k"))
except KeyError as e:
    print("KeyError propagated:", e)
print(bool(one()), type(x for x in []).__name__)
