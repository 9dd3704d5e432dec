class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, o):
        return isinstance(o, Key) and self.name == o.name
    def __hash__(self):
        return hash(self.name)
    def __repr__(self):
        return f'Key({self.name!r})'
d = {Key('a'): 1, Key('b'): 2}
print(d[Key('a')], Key('b') in d, Key('c') in d, d.get(Key('c'), 'none'))
d[Key('a')] = 10
print(len(d), d)
s = {Key('x'), Key('x'), Key('y')}
print(sorted(s, key=lambda k: k.name))
k = Key('m')
d2 = {k: 'v'}
k.name = 'changed'
print(list(d2.values()), Key('m') in d2)
class StrKey(str):
    pass
print({StrKey('q'): 1}['q'], {'q': 1}[StrKey('q')])
class EqAll:
    def __eq__(self, o): return True
    def __hash__(self): return 0
e1, e2 = EqAll(), EqAll()
print(len({e1, e2}), {e1: 1, e2: 2}[e1], len({e1: 1, 0: 2}))
class HashOnly:
    def __hash__(self): return 1
print(len({HashOnly(), HashOnly()}), HashOnly() == HashOnly())
class Unh:
    __hash__ = None
for f in (lambda: {Unh()}, lambda: {Unh(): 1}, lambda: hash(Unh()), lambda: frozenset([Unh()]), lambda: Unh() in {1}, lambda: {1: 2}.get(Unh())):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(Unh() in [1, 2], [Unh()].count(1))
class Mutable:
    def __init__(self): self.items = []
    def __eq__(self, o): return self.items == o.items
import math
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(-2), hash((1, 2)) == hash((1, 2)))
class H:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
print(hash(H(-1)), hash(H(2**64)) == hash(2**64), hash(H(10)))
print({H(3): 'x'}.get(H(3)))
d = {}
d[Mutable()] = 1
