# yield as an expression where few people put it: augmented assignment, raise, assert, return,
# subscripts, starred and ** arguments, lambdas, chained assignment and unpacking; the sends
# show the order of evaluation
def gen():
    d = {}
    d['fixed'] = {(yield 'key'): (yield 'value')}
    print('d', d)
    total = 10
    total += yield 'augment'
    print('total', total)
    a = b = yield 'chained'
    print('a b', a, b)
    x, y = yield 'unpack'
    print('x y', x, y)
    items = [0, 1, 2, 3]
    items.pop((yield 'pop index'))
    print('items', items)
    print('star', *(yield 'star'), sep=',')
    print('kwargs', dict(**(yield 'kwargs')))
    try:
        raise (yield 'exception to raise')
    except LookupError as e:
        print('caught', type(e).__name__, e)
    assert (yield 'assert'), (yield 'assert message')
    obj = type('Obj', (), {})()
    setattr(obj, (yield 'attr name'), (yield 'attr value'))
    print('obj', obj.__dict__)
    print('subscript', [10, 20, 30][(yield 'index')])
    print('call', (yield 'function')((yield 'argument')))
    return (yield 'return')

g = gen()
sends = [None, 'k', 'v', 5, 'both', (1, 2), 1, [7, 8], {'z': 26},
         KeyError('thrown'), True, 'attr', 42, 2, len, 'abc', 'returned']
try:
    for s in sends:
        print('->', g.send(s))
except StopIteration as e:
    print('StopIteration', repr(e.value))

lam = lambda: (yield 'from a lambda')
lg = lam()
print(type(lg).__name__, next(lg), lam.__name__)
lam2 = lambda x: [(yield x), (yield x * 2)]
lg2 = lam2(3)
print(next(lg2), lg2.send('first'))
try:
    lg2.send('second')
except StopIteration as e:
    print('lambda returned', e.value)

def assert_fails():
    assert (yield 'check'), (yield 'message')
ag = assert_fails()
print(next(ag), ag.send(0))
try:
    ag.send('assertion text')
except AssertionError as e:
    print(type(e).__name__, e)

def bare():
    v = yield
    w = yield
    return v, w
b = bare()
print(next(b), b.send(1))
try:
    b.send(2)
except StopIteration as e:
    print(e.value)
