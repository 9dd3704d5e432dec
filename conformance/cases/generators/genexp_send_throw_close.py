# generator expressions are generators: send/throw/close, state, names
g = (x for x in range(5))
print(type(g).__name__, g.__name__, g.__qualname__, g.gi_running, g.gi_suspended)
print(next(g), g.gi_suspended)
try:
    g.throw(ValueError('into genexp'))
except ValueError as e:
    print('ValueError', e)
print(list(g), g.gi_suspended)

g = (x for x in range(5))
print(next(g), g.send('ignored'), g.close(), list(g))

g = (x for x in range(3))
try:
    g.send(1)
except TypeError as e:
    print(e)

g = (x for x in range(3))
try:
    g.throw(KeyError)
except KeyError:
    print('KeyError from a fresh genexp')
print(list(g))

def outer():
    return (y * 2 for y in range(3))
print(outer().__qualname__, list(outer()))

class C:
    gen = (z for z in 'ab')
print(C.gen.__qualname__, list(C.gen))

g = (x for x in range(3))
g.throw(StopIteration) if False else None
try:
    next(g)
    g.throw(StopIteration)
except RuntimeError as e:
    print(type(e).__name__, e)
g = (1 / x for x in [1, 0, 2])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(list(g))
g = (x for x in range(2))
next(g)
g.throw(TypeError('uncaught from genexp'))
