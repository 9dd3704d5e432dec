def gen():
    yield 1
    return "done"


g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again", repr(e), e.value)
print(StopIteration().value, StopIteration(1, 2).value, StopIteration(1, 2).args)
print(next(iter([]), "default"))


def delegator():
    result = yield from gen()
    print("delegated result", result)
    return result


print(list(delegator()))


def leaky():
    yield 1
    raise StopIteration("inside generator")


try:
    list(leaky())
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))


def leaky_next():
    it = iter([])
    yield next(it)


try:
    print(list(leaky_next()))
except RuntimeError as e:
    print(type(e).__name__, e)
it = iter([1, 2])
print(list(it), list(it))
try:
    next(iter(()))
except StopIteration as e:
    print(repr(e), e.value)
e = StopIteration("v")
e.value = "changed"
print(e.value, e.args)
