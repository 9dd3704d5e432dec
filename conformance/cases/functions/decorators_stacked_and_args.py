# decorators: stacking order, decorators with arguments, evaluation order
log = []

def trace(name):
    log.append('make ' + name)
    def deco(fn):
        log.append('apply ' + name + ' to ' + fn.__name__)
        def wrapper(*a, **k):
            log.append('enter ' + name)
            r = fn(*a, **k)
            log.append('exit ' + name)
            return r
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco

@trace('outer')
@trace('inner')
def work(x):
    log.append('work %r' % x)
    return x * 2

print(log); log.clear()
print(work(21))
print(log)

def repeat(times):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def hello(name):
    return 'hi ' + name
print(hello('bob'))

def count_calls(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper

@count_calls
def noop():
    pass
noop(); noop(); noop()
print(noop.calls)

# a decorator can return anything
@len
@str
@lambda f: f.__name__ * 2
def abc():
    pass
print(abc)

registry = {}
def register(key):
    def deco(fn):
        registry[key] = fn
        return fn
    return deco

@register('a')
def fa(): return 'A'
@register('b')
def fb(): return 'B'
print(sorted(registry), registry['a'](), fa is registry['a'])

# arbitrary expressions as decorators (3.9+)
decos = [trace('listed')]
@decos[0]
def listed():
    return 'ok'
print(listed(), log[-1])

def bad_decorator(fn):
    return None
@bad_decorator
def gone():
    pass
print(gone)
@undefined_decorator
def never():
    pass
