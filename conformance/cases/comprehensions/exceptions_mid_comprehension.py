# an exception raised part way through a comprehension: no partial result is bound, the
# iteration variable does not leak, and StopIteration behaves differently in list
# comprehensions (plain propagation) and generator expressions (PEP 479)
result = 'unchanged'
def inv(x):
    return 1 / x
try:
    result = [inv(x) for x in [4, 2, 0, 1]]
except ZeroDivisionError as e:
    print(type(e).__name__, e, result)
try:
    print([x for x in range(5) if 10 // (x - 3)])
except ZeroDivisionError as e:
    print('in condition:', e)
try:
    [y for x in [1, 2] for y in x]
except TypeError as e:
    print('inner iterable:', e)
try:
    [a + b for a, b in [(1, 2), (3, 4, 5)]]
except ValueError as e:
    print('unpacking:', e)
try:
    [undefined_name for _ in range(2)]
except NameError as e:
    print(type(e).__name__, e)

def stop_at(x):
    if x == 2:
        raise StopIteration('from helper')
    return x
try:
    print([stop_at(x) for x in range(4)])
except StopIteration as e:
    print('list comprehension lets StopIteration through:', e)
try:
    print(list(stop_at(x) for x in range(4)))
except RuntimeError as e:
    print('generator expression:', type(e).__name__, e, '| cause:', repr(e.__cause__))
try:
    print({x: stop_at(x) for x in range(4)})
except StopIteration as e:
    print('dict comprehension:', repr(e))

def handler_inside():
    out = []
    for x in [1, 0, 2]:
        try:
            out.append([10 // x for _ in range(2)])
        except ZeroDivisionError as e:
            out.append(str(e))
    return out
print(handler_inside())

class Flaky:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n == 3:
            raise OSError('device gone')
        return self.n
f = Flaky()
try:
    [v for v in f]
except OSError as e:
    print(type(e).__name__, e, f.n)

def chained():
    try:
        [int(s) for s in ['1', 'x']]
    except ValueError as e:
        raise LookupError('could not parse') from e
try:
    chained()
except LookupError as e:
    print(type(e).__name__, e, '<-', type(e.__cause__).__name__, e.__cause__)

def context():
    try:
        {}['missing']
    except KeyError:
        return [1 / 0 for _ in range(1)]
try:
    context()
except ZeroDivisionError as e:
    print(type(e).__name__, e, '| context:', repr(e.__context__))
x = 'outer'
try:
    [x for x in [1, 2, 'three'] if x + 1]
except TypeError as e:
    print(type(e).__name__, e, x)
print([s.upper() for s in ['a', None]])
