# a just-started generator takes only send(None); priming decorators, the value of the first
# yield, and what counts as "None"
def echo():
    received = []
    while True:
        v = yield received[-1] if received else 'primed'
        received.append(v)

for first in (0, '', False, [], 'text', echo):
    g = echo()
    try:
        g.send(first)
    except TypeError as e:
        print(repr(first) if first is not echo else 'a function', '->', type(e).__name__, e)
    print('  still unstarted, send(None) works:', g.send(None))

g = echo()
print(g.send(None), g.send(0), g.send(None), g.send([]))

def primed(fn):
    def wrapper(*args, **kwargs):
        gen = fn(*args, **kwargs)
        next(gen)
        return gen
    wrapper.__name__ = fn.__name__
    return wrapper

@primed
def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count
avg = averager()
print(avg.__name__, avg.send(10), avg.send(20), avg.send(0))

@primed
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)
@primed
def printer(prefix):
    while True:
        print(prefix, (yield))
p = grep('py', printer('match:'))
for line in ['python', 'ruby', 'pypy', 'c']:
    p.send(line)

genexp = (x for x in range(3))
try:
    genexp.send('x')
except TypeError as e:
    print('genexp:', e)
print(next(genexp), genexp.send('now allowed'), list(genexp))

def delegating():
    got = yield from echo()
    return got
d = delegating()
try:
    d.send(1)
except TypeError as e:
    print('delegating, unstarted:', e)
print(d.send(None), d.send('to echo'))

def finished_quickly():
    return 'done'
    yield
f = finished_quickly()
try:
    f.send(None)
except StopIteration as e:
    print('first send(None) runs to the end:', e.value)
try:
    f.send('anything')
except StopIteration as e:
    print('finished: any value is accepted', repr(e.value))
print(next(echo()), echo().send(None))
u = echo()
u.close()
try:
    u.send('after close')
except StopIteration:
    print('closed before starting: StopIteration, not TypeError')
echo().send(None and 1 or 'x')
