class Logged(list):
    def __setitem__(self, i, v):
        print('setitem', i, v)
        super().__setitem__(i, v)
    def append(self, v):
        print('append', v)
        super().append(v)
l = Logged([1, 2])
l[0] = 10
l.append(3)
l.extend([4])
l += [5]
l.insert(0, 0)
print(l, len(l), type(l).__name__)
print(type(l + [1]).__name__, type([1] + l).__name__, type(l * 2).__name__, type(l[:]).__name__, type(sorted(l)).__name__)
class Sorted(list):
    def __init__(self, it=()):
        super().__init__(sorted(it))
    def add(self, v):
        self.append(v)
        self.sort()
s = Sorted([3, 1, 2])
s.add(0)
print(s, s == [0, 1, 2, 3], s != [0, 1, 2, 3], [0, 1, 2, 3] == s)
class Typed(list):
    def __init__(self, kind, items=()):
        self.kind = kind
        super().__init__(items)
    def __repr__(self):
        return f'Typed({self.kind}, {list.__repr__(self)})'
t = Typed('int', [1, 2])
print(t, str(t), [t], t.kind, t.copy(), type(t.copy()).__name__)
class Eq(list):
    def __eq__(self, o):
        return 'custom'
print(Eq([1]) == [1], [1] == Eq([1]), Eq() != [], Eq([1]) < [2])
try:
    hash(Eq())
except TypeError as e:
    print(type(e).__name__, e)
class LenOverride(list):
    def __len__(self):
        return 99
lo = LenOverride([1, 2])
print(len(lo), bool(LenOverride()), list(lo), lo[1])
class ItemOverride(list):
    def __getitem__(self, i):
        return 'item'
io = ItemOverride([1, 2, 3])
print(io[0], io[1:], list(io), [x for x in io], 1 in io, io.index(2))
class IterOverride(list):
    def __iter__(self):
        return iter(['x', 'y'])
it = IterOverride([1, 2, 3])
print(list(it), len(it), it[0], sorted(it), [a for a in it], tuple(it), 1 in it, 'x' in it)
class Contains(list):
    def __contains__(self, v):
        return True
print('anything' in Contains(), list.__contains__(Contains([1]), 1))
class WithSlotsList(list):
    __slots__ = ()
try:
    WithSlotsList().attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
class NewList(list):
    def __new__(cls, *a):
        print('NewList.__new__', a)
        return super().__new__(cls)
nl = NewList([1, 2])
print(nl)
class InitList(list):
    def __init__(self, *a):
        print('InitList.__init__ skips list init', a)
il = InitList([1, 2])
print(il, len(il))
print(Logged.__mro__, list.__subclasshook__ if False else 'ok')
l[99] = 1
