class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, P) and self.x == o.x
print(P.__hash__)
try:
    hash(P(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {P(1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {P(1): 1}
except TypeError as e:
    print(type(e).__name__, e)
class H(P):
    def __hash__(self): return hash(self.x)
print(hash(H(5)) == hash(5), len({H(1), H(1), H(2)}), H(3) in {H(3)})
class Sub(P):
    pass
print(Sub.__hash__)
class Inherit(H):
    def __eq__(self, o): return False
print(Inherit.__hash__)
class Keep(H):
    def __eq__(self, o): return False
    __hash__ = H.__hash__
print(hash(Keep(7)))
class NoEq:
    pass
a = NoEq()
print(hash(a) == hash(a), a == a, a != a, a == NoEq(), {a: 1}[a])
class Unhash:
    __hash__ = None
try:
    hash(Unhash())
except TypeError as e:
    print(type(e).__name__, e)
print(Unhash() == Unhash())
class BadHash:
    def __hash__(self): return 'x'
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self): return 2**100
print(hash(BigHash()) == hash(2**100))
class NegOne:
    def __hash__(self): return -1
print(hash(NegOne()))
class BoolHash:
    def __hash__(self): return True
print(hash(BoolHash()))
class IntSubHash:
    def __hash__(self):
        class I(int): pass
        return I(12)
print(hash(IntSubHash()))
class EqCount:
    calls = 0
    def __init__(self, k): self.k = k
    def __hash__(self): return 1
    def __eq__(self, o):
        EqCount.calls += 1
        return self.k == o.k
d = {EqCount(1): 'a', EqCount(2): 'b'}
print(d[EqCount(2)], EqCount.calls > 0)
s = set([EqCount(1), EqCount(1), EqCount(3)])
print(len(s))
class T(tuple):
    def __eq__(self, o): return True
try:
    hash(T((1,)))
except TypeError as e:
    print(type(e).__name__, e)
class S(str):
    pass
print(hash(S('ab')) == hash('ab'), {S('ab'): 1}['ab'])
class D(dict):
    def __hash__(self): return 42
print(hash(D()))
class L(list):
    pass
try:
    hash(L())
except TypeError as e:
    print(type(e).__name__, e)
hash(P(2))
