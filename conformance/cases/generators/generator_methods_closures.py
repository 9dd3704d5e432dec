# generator functions as methods, static and class methods, __iter__, properties and
# closures: state lives in the frame and in the cells it shares
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
    def evens(self):
        for v in self:
            if v % 2 == 0:
                yield v
    @staticmethod
    def letters(word):
        yield from word.upper()
    @classmethod
    def several(cls, *starts):
        for s in starts:
            yield cls(s)
    @property
    def pairs(self):
        return ((v, v * v) for v in self)

c = Countdown(4)
print(list(c), list(c), list(c.evens()), list(Countdown.letters('ab')))
print([list(x) for x in Countdown.several(1, 2)], list(c.pairs))
print(type(c.evens()).__name__, c.evens.__qualname__, c.evens().__qualname__)
print(Countdown.letters('x').__name__, Countdown.__iter__(c).__qualname__)

it = iter(c)
c.start = 100
print(next(it), next(iter(c)))

def make_counter():
    count = 0
    def gen():
        nonlocal count
        while True:
            count += 1
            yield count
    def peek():
        return count
    return gen, peek
gen, peek = make_counter()
a, b = gen(), gen()
print(next(a), next(a), next(b), peek())

def closure_over_local():
    x = 'before'
    def reader():
        yield x
        yield x
    r = reader()
    first = next(r)
    x = 'after'
    return first, next(r)
print(closure_over_local())

def generator_making_closures():
    for i in range(3):
        yield lambda: i
fs = list(generator_making_closures())
print([f() for f in fs])
g = generator_making_closures()
print([next(g)() for _ in range(3)])

class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, children
    def walk(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.walk(depth + 1)
t = Tree('root', Tree('a', Tree('a1')), Tree('b'))
print(list(t.walk()))

class Buffered:
    def __init__(self):
        self.items = []
    def consumer(self):
        while True:
            item = yield len(self.items)
            self.items.append(item)
buf = Buffered()
co = buf.consumer()
print(next(co), co.send('x'), co.send('y'), buf.items)

class Base:
    def values(self):
        yield 'base'
class Derived(Base):
    def values(self):
        yield 'derived'
        yield from super().values()
print(list(Derived().values()))

def gen_with_default(seq=[]):
    seq.append(len(seq))
    yield list(seq)
print(next(gen_with_default()), next(gen_with_default()), next(gen_with_default([9])))
g = Countdown(2).evens()
print(g.__name__, list(g))
Countdown.letters(5).__next__()
