# closures capture variables (cells), not values: late binding and its fixes
def make_all():
    funcs = []
    for i in range(3):
        funcs.append(lambda: i)
    return funcs
print([f() for f in make_all()])

def make_with_default():
    return [lambda i=i: i for i in range(3)]
print([f() for f in make_with_default()])

def make_with_factory():
    def factory(n):
        return lambda: n
    return [factory(i) for i in range(3)]
print([f() for f in make_with_factory()])

def comprehension_cells():
    return [lambda: i for i in range(3)]
print([f() for f in comprehension_cells()])

def while_loop():
    fs = []
    n = 0
    while n < 3:
        fs.append(lambda: n)
        n += 1
    return fs
print([f() for f in while_loop()])

def rebound_after():
    v = 'first'
    def get():
        return v
    v = 'second'
    return get
print(rebound_after()())

def deleted_before_call():
    v = 1
    def get():
        return v
    del v
    return get
try:
    deleted_before_call()()
except NameError as e:
    print(type(e).__name__, e)

def never_assigned():
    def get():
        return w
    return get
    w = 1
try:
    never_assigned()()
except NameError as e:
    print(type(e).__name__, e)

def counter_gen():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = counter_gen(), counter_gen()
print(c1(), c1(), c2(), c1())

def nested_levels():
    a = 'a'
    def level1():
        b = 'b'
        def level2():
            c = 'c'
            def level3():
                return a + b + c
            return level3
        return level2
    return level1
print(nested_levels()()()())

def param_captured(x):
    def get():
        return x
    x = x * 2
    return get
print(param_captured(21)())
deleted_before_call()()
