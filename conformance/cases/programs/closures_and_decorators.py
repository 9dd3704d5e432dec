# Memoisation, counting and retry decorators, and closures holding state.
def memoize(fn):
    cache = {}

    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper


def counted(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def retry(times, exceptions=(Exception,)):
    def deco(fn):
        def wrapper(*a, **k):
            for attempt in range(1, times + 1):
                try:
                    return fn(*a, **k)
                except exceptions as e:
                    print(f"  attempt {attempt} failed: {e!r}")
            raise RuntimeError(f"{fn.__name__} failed {times} times")
        return wrapper
    return deco


@counted
@memoize
def fib(n):
    "Fibonacci numbers."
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.calls, len(fib.__closure__) if False else "")
flaky_state = iter([ValueError("no"), KeyError("k"), 42])


@retry(3, (ValueError, KeyError))
def flaky():
    r = next(flaky_state)
    if isinstance(r, Exception):
        raise r
    return r


print("flaky ->", flaky())


@retry(2)
def always_fails(x):
    return 1 / x


try:
    always_fails(0)
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))


def make_accumulators():
    total = 0
    history = []

    def add(x):
        nonlocal total
        total += x
        history.append(x)
        return total

    def undo():
        nonlocal total
        total -= history.pop()
        return total
    return add, undo, lambda: (total, list(history))


add, undo, state = make_accumulators()
print(add(5), add(10), add(-3), undo(), state())
funcs = [lambda x, i=i: x * i for i in range(4)]
late = [lambda x: x * i for i in range(4)]
print([f(10) for f in funcs], [f(10) for f in late])
print(fib.__name__ if hasattr(fib, "__name__") else None, memoize.__name__, counted(len)("abc"))
