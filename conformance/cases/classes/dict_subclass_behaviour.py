class Missing(dict):
    def __missing__(self, k):
        print('missing', k)
        return k * 2
m = Missing(a=1)
print(m['a'], m['zz'], m.get('zz'), 'zz' in m, m.setdefault('q', 5), m)
print(m.pop('nope', 'dflt'))
try:
    m.pop('nope')
except KeyError as e:
    print(type(e).__name__, e)
class Counter(dict):
    def __missing__(self, k):
        return 0
    def most(self):
        return max(self.items(), key=lambda kv: kv[1])
c = Counter()
for w in 'the cat the hat the end'.split():
    c[w] += 1
print(sorted(c.items()), c.most())
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.upper())
    def __contains__(self, k):
        return super().__contains__(k.upper())
u = Upper()
u['a'] = 1
u.update(b=2)
u.setdefault('c', 3)
print(dict(u), 'A' in u, 'a' in u, u['a'], u.get('a'), list(u.keys()))
d2 = Upper({'x': 1})
print(dict(d2))
class Attr(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k) from None
    def __setattr__(self, k, v):
        self[k] = v
a = Attr(x=1)
a.y = 2
print(a.x, a.y, a, hasattr(a, 'z'))
try:
    a.z
except AttributeError as e:
    print(type(e).__name__, e)
class Ordered(dict):
    def __iter__(self):
        return iter(sorted(super().__iter__()))
o = Ordered(b=1, a=2)
print(list(o), list(o.keys()), [k for k in o], dict(o), sorted(o.items()))
class Eq(dict):
    def __eq__(self, other):
        return 'eq'
print(Eq() == {}, {} == Eq(), Eq() != {})
print(type(Missing(a=1) | {'b': 2}).__name__, type({'b': 2} | Missing(a=1)).__name__, type(m.copy()).__name__)
mm = Missing(a=1)
mm |= {'c': 3}
print(type(mm).__name__, mm)
class FromKeys(dict):
    pass
print(type(FromKeys.fromkeys('ab')).__name__, FromKeys.fromkeys('ab', 0))
class Repr(dict):
    def __repr__(self):
        return 'Repr' + super().__repr__()
print(Repr(a=1), str(Repr(b=2)), [Repr()])
class Hashable(dict):
    def __hash__(self):
        return 7
print(hash(Hashable()), {Hashable(): 1}[Hashable()] if False else 'dict keys compare by eq')
class Init(dict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.created = True
print(Init(a=1), Init([('b', 2)]).created)
Counter()['x'] = 1
Missing()[[1]]
