# yield as an expression in every position: operands, arguments, displays, conditions, f-strings, defaults, slices, nested yields, loops, with and match
def g():
    a = [(yield 1), (yield 2)]
    print(a)
    d = {(yield 'k'): (yield 'v')}
    print(d)
    print((yield 'arg1'), (yield 'arg2'), sep='|')
    if (yield 'cond'):
        print("true branch")
    while (yield 'wcond'):
        print("loop")
    x = (yield 'a') if (yield 'test') else (yield 'b')
    print('x', x)
    s = f"{(yield 'f1')}-{(yield 'f2')!r}"
    print(s)
    t = (yield 'n1') or (yield 'n2')
    print('t', t)
    c = 1 < (yield 'cmp') < 10
    print('c', c)
    l = lambda q=(yield 'def'): q
    print(l())
    sl = [1,2,3,4][(yield 's1'):(yield 's2')]
    print(sl)
    u = -(yield 'neg')
    print(u)
    z = yield yield 'nested'
    print('z', z)
    for i in range((yield 'range')):
        print('i', i, (yield i))
    with open_ctx((yield 'ctx')) as v:
        print('in with', v, (yield 'inwith'))
    match (yield 'match'):
        case 1:
            print('one', (yield 'case1'))
        case _:
            print('other')
    return 'ret'
class open_ctx:
    def __init__(self, n): self.n = n
    def __enter__(self): print('enter'); return self.n
    def __exit__(self, *a): print('exit', a); return False
gen = g()
vals = [None, 10, 20, 'K', 'V', 'A1', 'A2', 1, 1, 0, 5, 'B', 'F1', 'F2', 0, 'N2', 5, 'D', 2, 4, 7, 'inner', 'outer', 2, 'x', 'y', 'C', 'W', 1, 'c1']
try:
    for v in vals:
        print('->', gen.send(v))
except StopIteration as e:
    print('stop', e.value)
