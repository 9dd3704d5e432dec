class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
print(bool(B(True)), bool(B(False)), not B(True), 'yes' if B(False) else 'no')
try:
    bool(B(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    if B('x'): pass
except TypeError as e:
    print(type(e).__name__, e)
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(L(0)), bool(L(3)), len(L(5)), not L(0))
for bad in (-1, 'x', 1.5, 2**100):
    try:
        print(len(L(bad)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
    try:
        print(bool(L(bad)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class Both:
    def __bool__(self): return False
    def __len__(self): return 10
print(bool(Both()), len(Both()))
class Neither: pass
print(bool(Neither()))
class NoneBool:
    __bool__ = None
try:
    bool(NoneBool())
except TypeError as e:
    print(type(e).__name__, e)
class IndexLen:
    class Idx:
        def __index__(self): return 4
    def __len__(self): return self.Idx()
print(len(IndexLen()), bool(IndexLen()))
class TrueLen:
    def __len__(self): return True
print(len(TrueLen()))
class Sub(B):
    pass
print(bool(Sub(False)), [x for x in (B(True), B(False), L(1), L(0)) if x].__len__())
print(B(True) and 'and', B(False) or 'or', type(B(False) and 'no').__name__)
class Raiser:
    def __bool__(self): raise ValueError('bool failed')
try:
    while Raiser(): pass
except ValueError as e:
    print(type(e).__name__, e)
try:
    len(Neither())
except TypeError as e:
    print(type(e).__name__, e)
print(any([L(0), B(True)]), all([L(1), B(False)]))
bool(B(None))
