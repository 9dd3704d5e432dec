# once a generator has finished (returned, raised, or been closed) every further operation
# sees an exhausted generator
def returns():
    yield 1
    return 'value only once'

g = returns()
print(list(g))
for attempt in range(2):
    try:
        next(g)
    except StopIteration as e:
        print('StopIteration', repr(e.value), e.args)
try:
    g.send(None)
except StopIteration as e:
    print('send:', repr(e.value))
try:
    g.send('a value')
except StopIteration as e:
    print('send value to finished:', repr(e.value))
try:
    g.throw(KeyError('thrown at the exhausted'))
except KeyError as e:
    print('throw re-raises:', repr(e))
print('close:', g.close(), 'iter is self:', iter(g) is g)
print(list(g), tuple(g), sum(returns()), [x for x in g], 1 in g)

def raises():
    yield 'a'
    raise ValueError('broke')
g = raises()
print(next(g))
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
print('after raising:', next(g, 'exhausted'), g.gi_suspended, g.gi_running)

g = returns()
print(next(g), g.close(), next(g, 'closed'))

def counts():
    yield from range(5)
g = counts()
print(3 in g, list(g), 3 in g)
g = counts()
print(max(g), min(g, default='empty'), list(zip(g, 'ab')))
ge = (c for c in 'xyz')
print(''.join(ge), ''.join(ge) == '', next(ge, None))
g = counts()
for v in g:
    if v == 1:
        break
print('resumes after break:', list(g))
for v in g:
    print('never printed')
else:
    print('for over an exhausted generator runs only its else')
g = counts()
a, b, *rest = g
print(a, b, rest, list(g))
g = returns()
list(g)
next(g)
