# f(*it) drains the iterator when the call is made, in argument order (a sole starred
# argument only after the keywords), before the callee runs; ** mappings are merged in order
# too, and displays unpack the same way.  Errors raised while draining are not rewritten.
log = []


def gen(tag, n):
    for i in range(n):
        log.append(f"{tag}{i}")
        yield i


def f(*args, **kw):
    log.append("called")
    return args, kw


def note(x):
    log.append(f"arg {x}")
    return x


print(f(note(1), *gen("a", 2), note(2), *gen("b", 1), k=note(3)))
print(log)
log.clear()

g = gen("c", 3)
next(g)
print(f(*g), log)
print(f(*g), "exhausted generator gives nothing")


def boom():
    yield 1
    raise TypeError("from inside the generator")


try:
    f(*boom())
except TypeError as e:
    print("TypeError:", e)


def bad_iter():
    yield 1
    raise ValueError("stop here")


try:
    f(0, *bad_iter(), note("never"))
except ValueError as e:
    print("ValueError:", e, log)


class It:
    def __iter__(self):
        raise TypeError("custom __iter__ failed")


try:
    f(*It())
except TypeError as e:
    print("TypeError:", e)


class NotIt:
    __iter__ = None


try:
    f(*NotIt())
except TypeError as e:
    print("TypeError:", e)


class Seq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 10


print(f(*Seq()))
counter = iter(range(10))
print(list(zip(*[counter] * 3)))
log.clear()


class Loud:
    def keys(self):
        log.append("keys")
        return ["a", "b"]

    def __getitem__(self, k):
        log.append(f"get {k}")
        return k


print(f(*gen("s", 2), k=note("kw")), log)
log.clear()
print(f(note(0), *gen("t", 1), **Loud(), z=note("z")), log)
log.clear()
for thunk in (lambda: f(**Loud(), a=note("late a")), lambda: f(a=note("early a"), **Loud()),
              lambda: f(*5, k=note("kw before the * check")), lambda: f(1, *5, k=note("never"))):
    try:
        thunk()
    except TypeError as e:
        print("TypeError:", e, log)
    log.clear()
print([note(1), *gen("l", 2), note(2)], (note(3), *gen("u", 1)), log)
log.clear()
print({note("k"): note("v"), **Loud(), note("k2"): note("v2")}, log)
