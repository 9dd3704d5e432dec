# generator state: gi_running, gi_suspended, gi_yieldfrom, re-entrance errors, exhaustion
def probe():
    print('running inside:', g.gi_running, g.gi_suspended)
    x = yield 'first'
    print('got', x, 'running:', g.gi_running)
    yield 'second'

g = probe()
print('created:', g.gi_running, g.gi_suspended, g.gi_yieldfrom)
print(next(g))
print('suspended:', g.gi_running, g.gi_suspended)
print(g.send('hello'))
print(list(g), g.gi_suspended, g.gi_running)

def reenter():
    yield next(me)
me = reenter()
try:
    next(me)
except ValueError as e:
    print('ValueError', e)
print(next(me, 'now exhausted'))

def reenter_send():
    yield me2.send(None)
me2 = reenter_send()
try:
    next(me2)
except ValueError as e:
    print('ValueError', e)

def reenter_close():
    try:
        me3.close()
    except ValueError as e:
        print('close inside:', e)
    yield 'after'
me3 = reenter_close()
print(next(me3))

def sub():
    yield 1
    yield 2
def outer():
    yield from sub()
o = outer()
print(o.gi_yieldfrom)
next(o)
print(type(o.gi_yieldfrom).__name__, o.gi_yieldfrom.gi_running, o.gi_yieldfrom.gi_suspended)
list(o)
print(o.gi_yieldfrom)

def once():
    yield 'only'
g = once()
print(list(g), list(g), next(g, None))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.args)
g.close()
try:
    g.send(1)
except StopIteration:
    print('send to finished raises StopIteration')
try:
    g.throw(KeyError('thrown at a finished generator'))
except KeyError as e:
    print('KeyError', e)
print(iter(g) is g, type(g).__name__, g.__name__)
try:
    once().send('x')
except TypeError as e:
    print(e)
me.send(None)
