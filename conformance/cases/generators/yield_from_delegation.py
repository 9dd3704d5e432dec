# yield from delegating next/send/throw/close to generators and to plain iterators
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration(99)
        return self.i
    def send(self, v): print('It.send', v); return self.__next__()
    def throw(self, *a): print('It.throw', a); return 'thrown'
    def close(self): print('It.close')
def d():
    r = yield from It()
    print('r', r)
g = d()
print(next(g), g.send('x'), g.throw(ValueError('v')))
g.close()
class NoSend:
    def __iter__(self): return self
    def __next__(self): return 1
def d2():
    yield from NoSend()
g = d2(); next(g)
try:
    g.send(5)
except AttributeError as e:
    print('AE', e)
g = d2(); next(g)
try:
    g.throw(KeyError('kk'))
except KeyError as e:
    print('KE', e)
g = d2(); next(g); print(g.close())
def inner():
    try:
        yield 1
    except GeneratorExit:
        print('inner closing')
        raise
    finally:
        print('inner finally')
def outer():
    try:
        yield from inner()
    finally:
        print('outer finally')
g = outer(); next(g); g.close()
def inner2():
    try:
        yield 1
    except ZeroDivisionError:
        yield 'handled'
    return 'inner-ret'
def outer2():
    r = yield from inner2()
    yield r
g = outer2(); next(g)
print(g.throw(ZeroDivisionError))
print(next(g))
print(g.gi_yieldfrom)
def sub():
    yield 1
def o3():
    yield from sub()
g = o3(); next(g)
print(type(g.gi_yieldfrom).__name__)
def gen_stop():
    yield from iter([])
    return 'empty'
try:
    next(gen_stop())
except StopIteration as e:
    print('SI', e.value)
def raising():
    yield 1
    raise ValueError('inner error')
def wrap():
    try:
        yield from raising()
    except ValueError as e:
        print('wrapped caught', e)
        yield 'recovered'
print(list(wrap()))
def closing_ignored():
    try:
        yield 1
    finally:
        return 'swallowed'
g = closing_ignored(); next(g); print(g.close())
def gen_exit_stop():
    try:
        yield 1
    except GeneratorExit:
        return 5
g = gen_exit_stop(); next(g); print(g.close())
def yf_none():
    x = yield from (yield 'first')
    print('x', x)
g = yf_none()
print(next(g))
try:
    g.send([7, 8])
except StopIteration: pass
print(list(yf_none()))
