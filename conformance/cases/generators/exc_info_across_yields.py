# the exception being handled belongs to the generator's frame: it is restored when the
# generator resumes inside an except block, and hidden from the caller between resumptions
import sys

def current():
    t = sys.exc_info()[0]
    return t.__name__ if t else None

def handler_spans_yields():
    try:
        raise KeyError('inside')
    except KeyError:
        yield 'first: %s' % current()
        yield 'second: %s' % current()
    yield 'after: %s' % current()

g = handler_spans_yields()
for v in g:
    print(v, '| caller sees', current())

try:
    raise ValueError('caller handling')
except ValueError:
    g = handler_spans_yields()
    print(next(g), '| caller', current())
    print(next(g), '| caller', current())
    print(next(g), '| caller', current())

def sees_caller_exception():
    yield current()
    yield current()
g = sees_caller_exception()
try:
    raise IndexError
except IndexError:
    print('resumed while the caller handles IndexError:', next(g))
print('resumed outside any handler:', next(g))

def bare_raise_after_yield():
    try:
        raise TypeError('re-raised later')
    except TypeError:
        yield 'suspended in handler'
        raise
g = bare_raise_after_yield()
next(g)
try:
    next(g)
except TypeError as e:
    print('bare raise after resuming:', type(e).__name__, e)

def context_across_yield():
    try:
        raise KeyError('first')
    except KeyError:
        yield
        raise ValueError('second')
g = context_across_yield()
next(g)
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e, '| context:', repr(e.__context__))

def throw_while_handling():
    try:
        raise KeyError('held')
    except KeyError:
        try:
            yield
        except RuntimeError as e:
            yield 'caught %r, context %r, handling %s' % (e, e.__context__, current())
g = throw_while_handling()
next(g)
print(g.throw(RuntimeError('thrown')))

def nested_generators():
    try:
        raise LookupError
    except LookupError:
        inner = sees_caller_exception()
        yield 'inner sees %s' % next(inner)
g = nested_generators()
print(next(g), current())
def raise_without_active():
    yield
    raise
g = raise_without_active()
next(g)
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
g = bare_raise_after_yield()
next(g)
next(g)
