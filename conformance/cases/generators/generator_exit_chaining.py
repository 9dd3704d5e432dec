# GeneratorExit from close(): what handlers see, what escapes, and how contexts chain
def broad_handler():
    try:
        yield 1
    except BaseException as e:
        print('broad handler got', type(e).__name__, repr(e.args))
        yield 'refusing'

g = broad_handler()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e, '| context:', repr(e.__context__))

def converts():
    try:
        yield 1
    except GeneratorExit as e:
        raise KeyError('converted') from e
g = converts()
next(g)
try:
    g.close()
except KeyError as e:
    print(type(e).__name__, e, '<-', type(e.__cause__).__name__, e.__suppress_context__)

def implicit_context():
    try:
        yield 1
    finally:
        raise ValueError('in finally during close')
g = implicit_context()
next(g)
try:
    g.close()
except ValueError as e:
    print(type(e).__name__, e, '| context:', type(e.__context__).__name__)

def exception_only():
    try:
        yield 1
    except Exception:
        print('never: GeneratorExit is not an Exception')
    yield 'after'
g = exception_only()
next(g)
print('close ->', g.close())

def reraise_as_is():
    try:
        yield 1
    except GeneratorExit:
        print('cleanup then re-raise')
        raise
g = reraise_as_is()
next(g)
print('close ->', g.close())

def returns_from_handler():
    try:
        yield 1
    except GeneratorExit:
        return 'a value close() drops in 3.11'
g = returns_from_handler()
next(g)
print('close ->', g.close())

def sub():
    try:
        yield 'sub'
    except GeneratorExit:
        print('sub: GeneratorExit, ignoring')
        yield 'sub refuses'
def delegator():
    try:
        yield from sub()
    except RuntimeError as e:
        print('delegator sees', type(e).__name__, e)
        raise
g = delegator()
next(g)
try:
    g.close()
except RuntimeError as e:
    print('close raised', e)

def handling_state():
    try:
        raise KeyError('being handled')
    except KeyError:
        try:
            yield 'inside except'
        except GeneratorExit as ge:
            print('context of GeneratorExit:', repr(ge.__context__))
            raise
g = handling_state()
print(next(g))
g.close()

def stop_from_handler():
    try:
        yield
    except GeneratorExit:
        raise StopIteration('hidden')
g = stop_from_handler()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e, '<-', repr(e.__cause__))
g = broad_handler()
next(g)
g.close()
