# RecursionError is catchable and the program continues normally afterwards
import sys

def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print('RecursionError', e)

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), len(str(fact(300))))

def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print('mutual', type(e).__name__)

class Deep:
    def __repr__(self):
        return repr(self)
try:
    repr(Deep())
except RecursionError as e:
    print('repr recursion', type(e).__name__)

def rec_gen(n):
    yield n
    yield from rec_gen(n + 1)
try:
    for v in rec_gen(0):
        pass
except RecursionError as e:
    print('generator recursion', type(e).__name__)

# catching deep inside and recovering
def depth_probe(n):
    try:
        return depth_probe(n + 1)
    except RecursionError:
        return n
print(depth_probe(0) > 100)

print(sys.getrecursionlimit() >= 1000)
def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(200))
try:
    down(0)
except Exception as e:
    print('caught as Exception:', isinstance(e, RuntimeError))
print('still running')
down(0)
