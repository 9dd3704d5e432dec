# a generator expression evaluates its first iterable and calls iter() on it at once, in the
# enclosing scope; everything else (later iterables, conditions, the element) waits
log = []
class Source:
    def __init__(self, name, items):
        self.name, self.items = name, items
    def __iter__(self):
        log.append('iter(%s)' % self.name)
        return self.Iterator(self)
    class Iterator:
        def __init__(self, src):
            self.src, self.i = src, 0
        def __iter__(self):
            return self
        def __next__(self):
            if self.i == len(self.src.items):
                log.append('%s exhausted' % self.src.name)
                raise StopIteration
            self.i += 1
            log.append('next(%s)' % self.src.name)
            return self.src.items[self.i - 1]

g = (a + b for a in Source('outer', [1, 2]) for b in Source('inner', [10]))
print('created:', log)
print(next(g), log)
print(list(g), log)

log.clear()
def build():
    return Source('built', 'xy')
g2 = (c.upper() for c in build() if log.append('test ' + c) is None)
print('created:', log)
print(list(g2), log)

class NotIterable:
    pass
try:
    (x for x in NotIterable())
except TypeError as e:
    print('at creation:', e)
g3 = (y for x in [1] for y in NotIterable())
print('later iterable not checked yet')
try:
    next(g3)
except TypeError as e:
    print('at first next:', e)

def bad_iter():
    class Bad:
        def __iter__(self):
            raise RuntimeError('__iter__ failed')
    try:
        (v for v in Bad())
    except RuntimeError as e:
        return 'raised at creation: %s' % e
print(bad_iter())

def class_scope():
    class C:
        items = [1, 2, 3]
        limit = 2
        firsts = list(v for v in items)
        try:
            bounded = list(v for v in items if v < limit)
        except NameError as e:
            bounded = 'NameError: %s' % e
    return C.firsts, C.bounded
print(class_scope())

def rebinding_after_creation():
    seq = [1, 2]
    g = (v * k for v in seq)
    seq = [100]
    k = 3
    return list(g)
print(rebinding_after_creation())

def first_iterable_is_an_iterator():
    it = iter([1, 2, 3])
    g = (v for v in it)
    next(it)
    return list(g), g.gi_running
print(first_iterable_is_an_iterator())

unset = (z for z in undefined_first_iterable)
