# send/throw/close on generators, StopIteration values, GeneratorExit, PEP 479, gi_running
def g1():
    x = yield 1
    print("got", x)
    y = (yield x) + (yield x * 2)
    print("y", y)
    try:
        z = yield "in try"
    except ValueError as e:
        print("caught", e)
        z = yield "after catch"
    finally:
        print("finally")
    return z
g = g1()
print(next(g))
print(g.send(10))
print(g.send(3))
print(g.send(4))
print(g.throw(ValueError("boom")))
try:
    g.send("end")
except StopIteration as e:
    print("stop", e.value, e.args)
def g2():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("exit")
        raise
g = g2(); next(g); print(g.close()); print(g.close())
def g3():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = g3(); next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)
def g4():
    yield 1
    raise StopIteration("x")
try:
    list(g4())
except RuntimeError as e:
    print("RE", e, type(e.__cause__).__name__, e.__cause__)
def sub():
    x = yield 'a'
    print("sub got", x)
    y = yield 'b'
    return x, y
def deleg():
    r = yield from sub()
    print("result", r)
    yield 'done'
d = deleg()
print(next(d), d.send(1), d.send(2))
def g5():
    r = yield from [1, 2, 3]
    print("r", r)
print(list(g5()))
def gself():
    yield next(gg)
gg = gself()
try:
    next(gg)
except ValueError as e:
    print("VE", e)
def running():
    yield gr.gi_running
gr = running()
print(gr.gi_running, next(gr), gr.gi_running)
def g6():
    yield 1
g = g6()
try:
    g.send(5)
except TypeError as e:
    print("TE", e)
print(list(g), next(g, 'default'))
ge = (x*x for x in range(4))
print(ge.__name__, ge.__qualname__, list(ge), list(ge))
def gthrow():
    while True:
        try:
            yield
        except KeyError as e:
            print("KE", e)
g = gthrow(); next(g)
g.throw(KeyError, "k")
g.throw(KeyError("k2"))
try:
    g.throw(IndexError)
except IndexError as e:
    print("IE propagated", repr(e))
print(g.gi_frame is None if False else "skip")
try:
    g.throw(1)
except TypeError as e:
    print(e)
def gret():
    return 5
    yield
try:
    next(gret())
except StopIteration as e:
    print("value", e.value)
