x = 'global x'
class A:
    x = 'class x'
    y = x + '!'
    def f(self):
        return x
    items = [x for _ in range(2)]
    z = (lambda: x)()
print(A.y, A().f(), A.items, A.z)
class B:
    n = 3
    try:
        squares = [i * n for i in range(3)]
    except NameError as e:
        err = str(e)
    firsts = [n * i for i in range(2)] if False else None
print(B.err, B.firsts)
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    total = sum(v for v in vals)
print(C.doubled, C.total)
def outer():
    local = 'enclosing'
    class D:
        a = local
        def m(self):
            return local
    return D
D = outer()
print(D.a, D().m())
def outer2():
    v = 'function v'
    class E:
        v = 'class v'
        def get(self):
            return v
        got = v
    return E
E = outer2()
print(E.v, E().get(), E.got)
class Counter:
    count = 0
    for i in range(5):
        count += i
    del i
print(Counter.count, hasattr(Counter, 'i'))
class Cond:
    if True:
        a = 1
    else:
        b = 2
print(hasattr(Cond, 'a'), hasattr(Cond, 'b'))
class Order:
    print('executing class body')
    def first(self): pass
    def second(self): pass
print('after class')
class Fn:
    def helper(v):
        return v * 10
    val = helper(4)
    helper = staticmethod(helper)
print(Fn.val, Fn.helper(1))
class Shadow:
    len = 5
    n = len
    def size(self):
        return len([1, 2])
print(Shadow.n, Shadow().size())
class Nonlocalish:
    def make():
        count = 0
        def inc():
            nonlocal count
            count += 1
            return count
        return inc
    inc = make()
print(Nonlocalish.inc(), Nonlocalish.inc())
class Walrus:
    data = [1, 2, 3]
    if (n := len(data)) > 2:
        big = True
print(Walrus.n, Walrus.big)
class Ret:
    def m(self):
        class Inner:
            value = 'inner'
        return Inner.value, Inner.__qualname__
print(Ret().m())
class Annot:
    a: int
    b: str = 'b'
    print('annotations in body', __annotations__)
print(Annot.__annotations__)
class Mod:
    print(__module__, __qualname__)
class DelInBody:
    tmp = 1
    del tmp
print(hasattr(DelInBody, 'tmp'))
class G2:
    global gval
    gval = 'set from class body'
print(gval)
class Err:
    undefined_name_here
