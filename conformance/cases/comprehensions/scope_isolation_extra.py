# comprehension scopes: iteration names never leak, not even through global/nonlocal
# declarations in the enclosing function, and a class body is skipped when names are looked up
i = 'module i'
def uses_global():
    global i
    r = [i for i in range(3)]
    return r, i
print(uses_global(), i)

def uses_nonlocal():
    j = 'enclosing j'
    def inner():
        nonlocal j
        return [j for j in 'ab'], j
    return inner()
print(uses_nonlocal())

def shadowing_parameter(x):
    r = [x for x in range(x)]
    return r, x
print(shadowing_parameter(3))

def loop_var_unbound():
    [k for k in range(3)]
    try:
        return k
    except NameError as e:
        return type(e).__name__ + ': ' + str(e)
print(loop_var_unbound())

def comprehension_local_is_not_function_local():
    try:
        print(m)
    except NameError as e:
        print(type(e).__name__, e)
    return [m for m in range(2)]
print(comprehension_local_is_not_function_local())

def nested_scopes_chain():
    a = 'a'
    return [[(a, b, c) for c in 'c'] for b in 'b']
print(nested_scopes_chain())

class Outer:
    factor = 10
    values = [1, 2]
    scaled = [v * 2 for v in values]
    by_lambda = (lambda f=factor: [v * f for v in range(2)])()
    try:
        broken = [v * factor for v in values]
    except NameError as e:
        broken = 'NameError: %s' % e
    try:
        cond = [v for v in values if v < factor]
    except NameError as e:
        cond = 'NameError: %s' % e
    class Inner:
        seen = [v for v in range(2)]
print(Outer.scaled, Outer.by_lambda, Outer.broken, Outer.cond, Outer.Inner.seen)
print(sorted(k for k in dir(Outer) if not k.startswith('__')))

def method_sees_class_name():
    class K:
        name = 'class attr'
        def m(self):
            return [name for _ in range(1)]
    name = 'function local'
    return K().m()
print(method_sees_class_name())

print([n for n in dir() if n in ('i', 'z', 'uses_global')])
print(list(sorted(n for n in dir() if n != '.0') for w in range(1)))
