# a functools.wraps-like decorator written by hand, on functions, methods and classes
WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')

def update_wrapper(wrapper, wrapped):
    for attr in WRAPPER_ASSIGNMENTS:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        setattr(wrapper, attr, value)
    wrapper.__dict__.update(wrapped.__dict__)
    wrapper.__wrapped__ = wrapped
    return wrapper

def wraps(wrapped):
    def deco(wrapper):
        return update_wrapper(wrapper, wrapped)
    return deco

def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        print('call', fn.__qualname__, [type(a).__name__ for a in args], kwargs)
        return fn(*args, **kwargs)
    return wrapper

@logged
def add(a: int, b: int = 0) -> int:
    "Add two numbers."
    return a + b
add.tag = 'math'

print(add(2, b=3))
print(add.__name__, add.__qualname__, add.__doc__, add.__annotations__, add.__module__)
print(add.__wrapped__.__name__, add.__wrapped__ is not add, add.tag)

class Service:
    @logged
    def run(self, x):
        "Run it."
        return x * 2
    @staticmethod
    @logged
    def helper(y):
        return -y
    @classmethod
    @logged
    def build(cls):
        return cls.__name__
s = Service()
print(s.run(4), Service.run.__qualname__, Service.run.__doc__)
print(Service.helper(3), Service.build())

def singleton(cls):
    instances = {}
    @wraps(cls)
    def get(*a, **k):
        if cls not in instances:
            instances[cls] = cls(*a, **k)
        return instances[cls]
    return get

@singleton
class Config:
    "The one config."
    def __init__(self, v=1):
        self.v = v
a, b = Config(5), Config(6)
print(a is b, a.v, Config.__name__, Config.__doc__, Config.__wrapped__.__name__)

def unwrap(fn):
    while hasattr(fn, '__wrapped__'):
        fn = fn.__wrapped__
    return fn
print(unwrap(add)(10, 20), unwrap(add) is add.__wrapped__)
add('x', b=1)
