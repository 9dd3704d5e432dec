class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM('a') as v:
    print('body', v)
with CM('b', suppress=True):
    raise ValueError('swallowed')
print('after b')
try:
    with CM('c'):
        raise KeyError('escapes')
except KeyError as e:
    print('caught', type(e).__name__, e)
with CM('x') as x, CM('y') as y:
    print(x, y)
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class ReturnsTruthy:
    def __enter__(self): return None
    def __exit__(self, *a): return 'yes'
with ReturnsTruthy():
    1 / 0
print('suppressed by truthy')
class Reentrant:
    depth = 0
    def __enter__(self):
        Reentrant.depth += 1
        return Reentrant.depth
    def __exit__(self, *a):
        Reentrant.depth -= 1
r = Reentrant()
with r as a:
    with r as b:
        print(a, b)
print(Reentrant.depth)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a): raise RuntimeError('from exit')
try:
    with ExitRaises():
        raise ValueError('original')
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
def gen():
    with CM('in gen'):
        yield 1
        yield 2
for v in gen():
    print('gen', v)
class Inst:
    pass
i = Inst()
i.__enter__ = lambda: 1
i.__exit__ = lambda *a: None
try:
    with i:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
def early():
    with CM('ret'):
        return 'returned'
print(early())
for k in range(3):
    with CM('loop%d' % k):
        if k == 1:
            continue
        if k == 2:
            break
with CM('last'):
    raise ZeroDivisionError('final')
