def worker():
    try:
        while True:
            try:
                value = yield
                print("got", value)
            except ValueError as e:
                print("handled inside:", e)
                yield "recovered"
    finally:
        print("worker cleanup")


w = worker()
next(w)
w.send(1)
print(w.throw(ValueError("bad input")))
next(w)
w.send(2)
w.close()
print("closed twice is fine:", w.close())
try:
    w.send(3)
except StopIteration as e:
    print("send after close:", repr(e))


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring GeneratorExit")
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)


def unhandled():
    yield 1


u = unhandled()
next(u)
try:
    u.throw(KeyError("thrown in"))
except KeyError as e:
    print("propagated out:", repr(e))
try:
    next(u)
except StopIteration:
    print("generator is finished after the throw")
fresh = unhandled()
try:
    fresh.throw(TypeError, "class and message")
except TypeError as e:
    print("throw into fresh generator:", e)


def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"


r = returns_on_exit()
next(r)
print(r.close())


def catches_everything():
    while True:
        try:
            yield
        except Exception as e:
            print("swallowed", type(e).__name__)


c = catches_everything()
next(c)
c.throw(IndexError)
c.throw(StopIteration)
c.close()
print("GeneratorExit is not an Exception:", not issubclass(GeneratorExit, Exception))
