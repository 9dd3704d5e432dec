# default values are evaluated once, at def time: the mutable-default pitfall and its fixes
def append_to(x, acc=[]):
    acc.append(x)
    return acc

print(append_to(1), append_to(2), append_to(3, []), append_to(4))
print(append_to.__defaults__)

def append_fixed(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(append_fixed(1), append_fixed(2))

counter = 0
def next_id():
    global counter
    counter += 1
    print('default evaluated, counter =', counter)
    return counter

def f(a=next_id(), b=next_id()):
    return a, b
print(f(), f(), f(b=99))

def g(*, k=next_id()):
    return k
print(g(), g(), g.__kwdefaults__)

# defaults see the value at def time, not at call time
x = 'before'
def h(v=x):
    return v
x = 'after'
print(h())

# rebinding __defaults__ changes later calls
def p(a, b=2, c=3):
    return a, b, c
p.__defaults__ = (20, 30)
print(p(1))
p.__defaults__ = (30,)
print(p(1, 2))
p.__defaults__ = None
try:
    p(1)
except TypeError as e:
    print(e)
def q(*, a=1, b=2):
    return a, b
q.__kwdefaults__['a'] = 100
print(q())
q.__kwdefaults__ = None
try:
    q()
except TypeError as e:
    print(e)

# dict default shared across calls
def memo(n, cache={}):
    if n not in cache:
        cache[n] = n * n
    return len(cache)
print(memo(2), memo(3), memo(2), memo.__defaults__[0])

# defaults in loops: each def gets the value of that iteration
fs = [lambda i=i: i * 10 for i in range(3)]
print([fn() for fn in fs])
print(append_to.__defaults__[0] is append_to(5))
