# comprehensions have their own scope: iteration variables do not leak, the first iterable
# is evaluated outside, later ones inside
x = 'outer x'
print([x for x in range(3)], x)

def func():
    y = 'local y'
    r = [y for y in 'ab']
    return r, y
print(func())

n = 3
print([n for n in range(n)])          # range(n) uses the outer n

def inner_iter():
    pairs = [(a, b) for a in range(3) for b in range(a)]
    return pairs
print(inner_iter())

def closure_over_loop_var():
    return [lambda: i for i in range(3)]
print([f() for f in closure_over_loop_var()])

def captures_enclosing():
    base = 10
    return [base + i for i in range(3)], {base: i for i in range(1)}
print(captures_enclosing())

def nested_same_name():
    return [[i for i in range(i)] for i in range(4)]
print(nested_same_name())

def rebinding_outer_fails():
    total = 0
    try:
        [total := total + v for v in range(4)]
    except Exception as e:
        print(type(e).__name__, e)
    return total
print(rebinding_outer_fails())

def unbound_in_first_iter():
    try:
        return [v for v in later]
    except NameError as e:
        print(type(e).__name__, e)
    later = [1]
unbound_in_first_iter()

def comprehension_sees_updates():
    items = [1, 2]
    gen = (i * 10 for i in items)
    items.append(3)
    return list(gen)
print(comprehension_sees_updates())

def first_iter_is_evaluated_now():
    items = [1, 2]
    gen = (i for i in items)
    items = [9, 9]
    return list(gen)
print(first_iter_is_evaluated_now())

def second_iter_is_late():
    outer = [1, 2]
    inner = [0]
    gen = ((a, b) for a in outer for b in inner)
    inner = ['late']
    return list(gen)
print(second_iter_is_late())
print([i for i in range(2)], 'i' in dir())
[undefined_inside for _ in range(1)]
