# PEP 479: a StopIteration escaping a generator frame becomes RuntimeError, whichever way it
# got there; one that is caught inside, or raised by an iterator a for loop drives, is fine
def helper():
    raise StopIteration('from a helper function')

def calls_helper():
    yield 'before'
    helper()
    yield 'after'

g = calls_helper()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, '<-', repr(e.__cause__), e.__suppress_context__)
print('finished afterwards:', next(g, 'exhausted'))

def inner_leaks():
    yield 1
    raise StopIteration('inner')
def outer_delegates():
    try:
        yield from inner_leaks()
    except RuntimeError as e:
        yield 'outer caught %s <- %r' % (e, e.__cause__)
print(list(outer_delegates()))

def catches_its_own():
    try:
        raise StopIteration('handled locally')
    except StopIteration as e:
        yield 'caught %r' % (e,)
    yield 'still running'
print(list(catches_its_own()))

def thrown_in():
    try:
        yield 1
    except StopIteration:
        yield 'caught the thrown StopIteration'
g = thrown_in()
next(g)
print(g.throw(StopIteration('thrown')))

def not_caught():
    yield 1
g = not_caught()
next(g)
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print(type(e).__name__, e, '<-', repr(e.__cause__))

def in_finally():
    try:
        yield 1
    finally:
        raise StopIteration('in finally')
g = in_finally()
next(g)
try:
    g.close()
except RuntimeError as e:
    print('close:', type(e).__name__, e)

class Subclass(StopIteration):
    pass
def raises_subclass():
    raise Subclass('subclass')
    yield
try:
    next(raises_subclass())
except RuntimeError as e:
    print(type(e).__name__, e, '<-', type(e.__cause__).__name__)

def next_on_empty_with_default():
    yield next(iter([]), 'default value')
    yield next(iter(()))
g = next_on_empty_with_default()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)

def return_is_fine():
    yield 1
    return 'returned'
try:
    g = return_is_fine()
    next(g)
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)

def stop_async_style():
    raise StopAsyncIteration('not converted')
    yield
try:
    next(stop_async_style())
except StopAsyncIteration as e:
    print(type(e).__name__, e)

def for_loop_over_raising_iterator():
    class It:
        n = 0
        def __iter__(self): return self
        def __next__(self):
            self.n += 1
            if self.n > 2:
                raise StopIteration('normal end')
            return self.n
    for v in It():
        yield v
    yield 'loop ended normally'
print(list(for_loop_over_raising_iterator()))
print(list(x for x in (1, 2)), [next(iter([]), None)])
def bare():
    yield 1
    raise StopIteration
list(bare())
