class Node:
    __slots__ = ('value', 'next')
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._len = 0
        for v in reversed(list(iterable)):
            self.push(v)
    def push(self, v):
        self.head = Node(v, self.head)
        self._len += 1
    def pop(self):
        if self.head is None:
            raise IndexError('pop from empty LinkedList')
        v = self.head.value
        self.head = self.head.next
        self._len -= 1
        return v
    def __len__(self):
        return self._len
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0:
            i += len(self)
        for k, v in enumerate(self):
            if k == i:
                return v
        raise IndexError('LinkedList index out of range')
    def __contains__(self, v):
        print('(contains)', end=' ')
        return any(x == v for x in self)
    def __eq__(self, o):
        return isinstance(o, LinkedList) and list(self) == list(o)
    def __repr__(self):
        return 'LinkedList([' + ', '.join(map(repr, self)) + '])'
    def __reversed__(self):
        return iter(list(self)[::-1])
    def __add__(self, o):
        if not isinstance(o, LinkedList):
            return NotImplemented
        return LinkedList(list(self) + list(o))
    def __bool__(self):
        return self.head is not None
ll = LinkedList([1, 2, 3])
print(ll, len(ll), ll[0], ll[-1], ll[1:], 2 in ll, 9 in ll, list(reversed(ll)), bool(ll), bool(LinkedList()))
ll.push(0)
print(ll, ll.pop(), ll.pop(), ll, ll == LinkedList([2, 3]), ll != LinkedList([2]), ll + LinkedList('ab'))
print(sum(ll), max(ll), sorted(LinkedList([3, 1, 2])), list(enumerate(ll)), dict(zip(ll, 'xy')))
a, b = ll
print(a, b, [*ll, *ll], '-'.join(map(str, ll)))
try:
    ll[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    ll + [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(ll)
except TypeError as e:
    print(type(e).__name__, e)
e = LinkedList()
for _ in range(2):
    try:
        e.pop()
    except IndexError as ex:
        print(type(ex).__name__, ex)
e.pop()
