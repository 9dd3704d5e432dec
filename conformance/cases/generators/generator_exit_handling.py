# GeneratorExit: finally blocks, catching it, ignoring it, returning, raising something else
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup runs on close')

g = with_finally()
next(g)
g.close()
print('closed; next gives', next(g, 'exhausted'))

def catches_and_returns():
    try:
        yield 1
    except GeneratorExit:
        print('caught GeneratorExit')
        return 'ignored value'
g = catches_and_returns(); next(g); print(g.close())

def ignores():
    try:
        yield 'first'
    except GeneratorExit:
        print('refusing to stop')
    yield 'second'
    print('then finishing')
ig = ignores(); next(ig)
try:
    ig2 = ignores(); next(ig2)
ig2.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print('still suspended:', ig.gi_suspended, next(ig, 'finished'), ig.gi_suspended)

def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError('raised during close')
g = raises_other(); next(g)
try:
    g.close()
except ValueError as e:
    print('close propagated', e)

def raises_stop():
    try:
        yield 1
    except GeneratorExit:
        raise StopIteration
g = raises_stop(); next(g)
try:
    print(g.close())
except RuntimeError as e:
    print('RuntimeError', e)

def never_started():
    print('body never runs')
    yield
g = never_started()
print(g.close(), g.gi_suspended, next(g, 'done'))

def exit_is_baseexception():
    try:
        yield 1
    except Exception:
        print('not reached: GeneratorExit is not an Exception')
    finally:
        print('finally anyway')
g = exit_is_baseexception(); next(g); g.close()
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))

def nested_finally():
    try:
        try:
            yield 'inner'
        finally:
            print('inner finally')
    finally:
        print('outer finally')
g = nested_finally(); next(g); g.close()

def yields_in_finally():
    try:
        yield 1
    finally:
        yield 'from finally'
g = yields_in_finally(); next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)

def throw_generator_exit():
    try:
        yield
    except GeneratorExit as e:
        print('got', repr(e))
        raise
g = throw_generator_exit(); next(g)
try:
    g.throw(GeneratorExit('explicit'))
except GeneratorExit as e:
    print('propagated', repr(e))
ig2 = ignores(); next(ig2)
ig2.close()
