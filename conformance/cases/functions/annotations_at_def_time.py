# annotations are evaluated when the def runs, in order, in the enclosing scope
order = []
def note(x):
    order.append(x)
    return x

def f(a: note('a'), b: note('b') = note('b default'), *args: note('args'),
      c: note('c'), d: note('d') = note('d default'), **kw: note('kw')) -> note('return'):
    pass
print(order)
print(f.__annotations__)

def g(x: int, y: 'str' = 'y') -> list[int]:
    pass
print(g.__annotations__)

def h():
    pass
print(h.__annotations__, type(h.__annotations__).__name__)
h.__annotations__['late'] = 1
print(h.__annotations__)

T = int
def uses_global(x: T) -> T:
    return x
T = str
print(uses_global.__annotations__)

def local_annotations():
    y: undefined_name_in_body = 3    # local annotations are not evaluated
    return y
print(local_annotations(), local_annotations.__annotations__)

try:
    def broken(x: undefined_annotation):
        pass
except NameError as e:
    print('NameError at def time:', e)

class K:
    x: int
    y: str = 'hello'
    z: undefined_ok = 1 if False else 2
print(K.__annotations__, K.y, K.z) if False else None
x: int = 5
print(__annotations__ if False else 'module annotations skipped')

lam = lambda a, b=1: a
print(lam.__annotations__)
def kwonly_ann(*, key: bytes = b''):
    pass
print(kwonly_ann.__annotations__)
def bad(x: 1 / 0):
    pass
