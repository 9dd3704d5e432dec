# cells shared between closures, nonlocal rebinding seen everywhere
def account(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            raise ValueError('insufficient funds: %d > %d' % (n, balance))
        balance -= n
        return balance
    def get():
        return balance
    return deposit, withdraw, get

dep, wd, get = account(100)
print(dep(50), wd(30), get())
try:
    wd(1000)
except ValueError as e:
    print(e)
dep2, wd2, get2 = account(0)
print(dep2(5), get(), get2())

def outer():
    x = 0
    def a():
        nonlocal x
        x += 1
        def b():
            nonlocal x
            x += 10
            return x
        return b
    return a, lambda: x
a, peek = outer()
b1 = a()
b2 = a()
print(peek(), b1(), b2(), peek())

def generator_and_closure():
    state = []
    def push(v):
        state.append(v)
    def gen():
        while state:
            yield state.pop(0)
    return push, gen
push, gen = generator_and_closure()
push(1); push(2)
g = gen()
print(next(g))
push(3)
print(list(g))

def swap():
    p, q = 'p', 'q'
    def do_swap():
        nonlocal p, q
        p, q = q, p
    def show():
        return p + q
    return do_swap, show
do_swap, show = swap()
print(show()); do_swap(); print(show()); do_swap(); do_swap(); print(show())

def cell_in_loop():
    fs = []
    for i in range(3):
        def f(i=i):
            total = 0
            def add():
                nonlocal total
                total += i
                return total
            return add
        fs.append(f())
    return [(fn(), fn()) for fn in fs]
print(cell_in_loop())

def class_in_function():
    value = 'outer'
    class K:
        def method(self):
            return value
        attr = value
    value = 'changed'
    return K().method(), K.attr
print(class_in_function())
