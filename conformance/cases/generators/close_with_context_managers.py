# close() unwinds a suspended generator through its with statements and finally blocks,
# innermost first, and __exit__ sees GeneratorExit
class Ctx:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print('enter', self.name)
        return self.name
    def __exit__(self, typ, val, tb):
        print('exit', self.name, typ.__name__ if typ else None, repr(val))
        return self.swallow

def nested():
    with Ctx('outer'):
        try:
            with Ctx('inner') as name:
                yield name
                yield 'unreached'
        finally:
            print('finally between the two')

g = nested()
print(next(g))
print('close ->', g.close())
print('after close', next(g, 'exhausted'))

def swallowing():
    with Ctx('swallower', swallow=True):
        yield 'inside'
    print('after the with: GeneratorExit was swallowed')
    yield 'second'

g = swallowing()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print(next(g, 'exhausted'))

def swallow_then_return():
    with Ctx('swallow and return', swallow=True):
        yield 1
    return 'ignored by close'
g = swallow_then_return()
next(g)
print('close ->', g.close())

def loop_with_cleanup():
    for i in range(3):
        try:
            yield i
        finally:
            print('cleanup', i)
    print('loop finished')

g = loop_with_cleanup()
print(next(g), next(g))
g.close()
print(list(loop_with_cleanup()))

def close_during_with_exit():
    class Reporter:
        def __enter__(self): return self
        def __exit__(self, *exc):
            print('exit sees', exc[0].__name__ if exc[0] else None)
            raise KeyError('from __exit__')
    with Reporter():
        yield 'suspended'
g = close_during_with_exit()
next(g)
try:
    g.close()
except KeyError as e:
    print(type(e).__name__, e, '| context:', type(e.__context__).__name__)

def close_twice():
    try:
        yield 1
    finally:
        print('finally runs once')
g = close_twice()
next(g)
print(g.close(), g.close())

def suspended_in_finally():
    try:
        yield 'body'
    finally:
        print('finally starts')
        yield 'in finally'
        print('finally resumed')
g = suspended_in_finally()
print(next(g), next(g))
print('close ->', g.close())
g = nested()
next(g)
g.throw(ValueError('thrown through two withs'))
