# assignment expressions inside comprehensions bind in the enclosing (non-comprehension) scope
def running_total():
    total = 0
    sums = [total := total + v for v in range(1, 5)]
    return sums, total
print(running_total())

def last_match():
    words = ['apple', 'banana', 'cherry']
    if any((found := w).startswith('b') for w in words):
        return found
print(last_match())

def nested():
    [[(deep := i * j) for j in range(3)] for i in range(3)]
    return deep
print(nested())

def in_condition():
    data = [3, 8, 1, 9]
    big = [y for x in data if (y := x * 2) > 5]
    return big, y
print(in_condition())

results = [z := n for n in range(3)]
print(results, z)

def genexp_binding():
    g = (last := v for v in 'abc')
    before = 'last' in dir()
    out = list(g)
    return before, out, last
print(genexp_binding())

def global_target():
    global gtarget
    [gtarget := i for i in range(4)]
gtarget = None
global_target()
print(gtarget)

def nonlocal_target():
    acc = None
    def inner():
        nonlocal acc
        [acc := c for c in 'xyz']
    inner()
    return acc
print(nonlocal_target())

def dict_comp():
    d = {k: (v := k * 2) for k in range(3)}
    return d, v
print(dict_comp())

def captured_after():
    fs = [lambda: w for _ in range(2) if (w := _)]
    return [f() for f in fs], w
print(captured_after())

def unbound_when_empty():
    [never := 1 for _ in []]
    try:
        return never
    except UnboundLocalError as e:
        return str(e)
print(unbound_when_empty())
print([(p := q) for q in range(2)], p)
print(undefined_after_walrus_in_empty if [(undefined_after_walrus_in_empty := 1) for _ in []] else 'empty')
