# throw() accepts an exception class, a class with a value (or a tuple of arguments), or an
# instance; it rejects anything else with CPython's messages
def catcher():
    while True:
        try:
            yield 'ready'
        except Exception as e:
            yield 'caught %s%r' % (type(e).__name__, e.args)

def drive(*args):
    g = catcher()
    next(g)
    try:
        print(g.throw(*args))
    except Exception as e:
        print('throw raised', type(e).__name__, e)

drive(ValueError)
drive(ValueError, 'message')
drive(ValueError, ('a', 'b'))
drive(ValueError, None)
drive(ValueError('instance'))
drive(ValueError('instance'), None)
drive(KeyError, KeyError('already an instance'))
drive(LookupError, KeyError('subclass instance'))
drive(ValueError('instance'), 'extra value')
drive(42)
drive('not an exception')
drive(object)
drive(ValueError, 'v', 'not a traceback')

class Custom(Exception):
    def __init__(self, a, b=0):
        super().__init__(a, b)
        self.total = a + b
g = catcher()
next(g)
print(g.throw(Custom, (1, 2)), g.send(None))
print(g.throw(Custom))
u = catcher()
try:
    u.throw(Custom)
except TypeError as e:
    print('unstarted:', type(e).__name__, e, next(u, 'exhausted'))

def unstarted():
    print('body never starts')
    try:
        yield 1
    finally:
        print('no finally either')
u = unstarted()
try:
    u.throw(RuntimeError('into a fresh generator'))
except RuntimeError as e:
    print(type(e).__name__, e, next(u, 'exhausted'))

def rethrows():
    try:
        yield
    except ZeroDivisionError as e:
        raise ValueError('converted') from e
r = rethrows()
next(r)
try:
    r.throw(ZeroDivisionError('original'))
except ValueError as e:
    print(type(e).__name__, e, '<-', repr(e.__cause__))

def same_object():
    try:
        yield
    except KeyError as e:
        yield e
err = KeyError('identity')
s = same_object()
next(s)
print(s.throw(err) is err)

def base_exceptions():
    try:
        yield
    except BaseException as e:
        yield type(e).__name__
for exc in (KeyboardInterrupt, SystemExit(3), GeneratorExit):
    b = base_exceptions()
    next(b)
    print(b.throw(exc))
g = catcher()
next(g)
g = base_exceptions()
next(g)
g.throw(SystemExit, 'x', None)
g2 = rethrows()
next(g2)
g2.throw(ZeroDivisionError)
