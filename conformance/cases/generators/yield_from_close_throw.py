# close() and throw(GeneratorExit) close the sub-iterator of a yield from first
def sub():
    try:
        yield 1
    except GeneratorExit:
        print('sub got GeneratorExit')
        return 'sub returned'

def outer():
    try:
        r = yield from sub()
        print('yield from gave', r)
    except GeneratorExit:
        print('outer got GeneratorExit')
        raise

o = outer(); next(o); print(o.close())

def sub2():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse'

def outer2():
    try:
        yield from sub2()
    except RuntimeError as e:
        print('outer2 saw', e)
        yield 'outer2 yields'

o = outer2(); next(o)
try:
    o.close()
except RuntimeError as e:
    print('close:', e)

o = outer(); next(o)
try:
    o.throw(GeneratorExit)
except GeneratorExit:
    print('GeneratorExit propagated')

class Closable:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        return self.n
    def close(self):
        print('Closable.close')

def over_closable():
    try:
        yield from Closable()
    finally:
        print('finally of over_closable')

g = over_closable(); print(next(g), next(g)); g.close()

class BadClose(Closable):
    def close(self):
        raise KeyError('close failed')

def over_bad():
    try:
        yield from BadClose()
    except KeyError as e:
        print('over_bad caught', repr(e))
        raise

g = over_bad(); next(g)
try:
    g.close()
except KeyError as e:
    print('close raised', repr(e))

class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration(42)
def deleg():
    r = yield from It()
    return r
try:
    next(deleg())
except StopIteration as e:
    print('value', e.value)

class Thrower(Closable):
    def throw(self, *a):
        print('Thrower.throw', [type(x).__name__ for x in a])
        raise StopIteration('from throw')
def over_thrower():
    r = yield from Thrower()
    yield ('result', r)
g = over_thrower(); next(g)
print(g.throw(ValueError))
g = outer(); next(g)
g.throw(GeneratorExit('bye'))
