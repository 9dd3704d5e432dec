class AppError(Exception):
    """Base of the app's errors."""
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f'{key!r} not found')
        self.key = key
class Invalid(AppError, ValueError):
    pass
for exc in (NotFound('k'), Invalid('bad value'), AppError(), AppError('a', 'b')):
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, str(e), repr(e), e.args, isinstance(e, ValueError))
try:
    raise Invalid('x')
except ValueError as e:
    print('caught as ValueError', type(e).__mro__[1].__name__)
print([c.__name__ for c in Invalid.__mro__])
class WithStr(Exception):
    def __str__(self):
        return 'custom str'
class WithRepr(Exception):
    def __repr__(self):
        return 'WithRepr!'
print(str(WithStr(1)), repr(WithStr(1)), str(WithRepr(2)), repr(WithRepr(2)))
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
e = NoSuper(1, 2)
print(e.args, str(e), repr(e), e.a)
class Attrs(Exception):
    code = 500
    def __init__(self, msg, code=None):
        super().__init__(msg)
        if code is not None:
            self.code = code
print(Attrs('x').code, Attrs('y', 404).code, Attrs.code)
try:
    try:
        raise NotFound('inner')
    except NotFound as e:
        raise AppError('outer') from e
except AppError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__.key, e.__suppress_context__)
class Reraise(Exception):
    pass
def f():
    try:
        1 / 0
    except ZeroDivisionError:
        raise Reraise('during handling')
try:
    f()
except Reraise as e:
    print(type(e.__context__).__name__, e.__cause__)
class Hierarchy(Exception): pass
class Leaf(Hierarchy): pass
try:
    raise Leaf
except (KeyError, Hierarchy) as e:
    print('tuple match', type(e).__name__, e.args)
class BaseLike(BaseException):
    pass
try:
    try:
        raise BaseLike('not an Exception')
    except Exception:
        print('wrong')
except BaseException as e:
    print('BaseException caught', type(e).__name__)
class E1(Exception): pass
class E2(Exception): pass
class Both(E1, E2): pass
try:
    raise Both('multi')
except E2 as e:
    print('E2 caught', e)
err = NotFound('q')
err.extra = 'added'
print(err.extra, err.__dict__)
print(issubclass(NotFound, Exception), issubclass(NotFound, BaseException), NotFound.__bases__)
class CustomInit(Exception):
    def __init__(self, *args):
        pass
print(CustomInit(1, 2).args, repr(CustomInit(3)))
class NewException(Exception):
    def __new__(cls, *args):
        inst = super().__new__(cls, *args)
        inst.created = True
        return inst
print(NewException('n').created, NewException('n').args)
class KeyLike(KeyError):
    pass
print(str(KeyLike('k')), str(KeyError('k')), str(KeyLike()))
try:
    raise NotFound
except TypeError as e:
    print(type(e).__name__, e)
raise NotFound('final')
