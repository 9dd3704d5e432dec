class Node:
    def __init__(self, v, children=()):
        self.v = v
        self.children = list(children)
    def __repr__(self):
        if self.children:
            return f'Node({self.v!r}, {self.children!r})'
        return f'Node({self.v!r})'
tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(tree, [tree], {'t': tree}, (tree,), {tree.v: tree.children})
loop = Node('loop')
loop.children.append(loop)
try:
    print(repr(loop))
except RecursionError as e:
    print(type(e).__name__)
class Safe:
    def __init__(self):
        self.items = [self]
    def __repr__(self):
        return f'Safe({self.items!r})'
print(Safe())
class Person:
    def __init__(self, name, age):
        self.name, self.age = name, age
    def __repr__(self):
        return f'{type(self).__name__}(name={self.name!r}, age={self.age!r})'
    def __str__(self):
        return f'{self.name} ({self.age})'
people = [Person('Ann', 30), Person("O'Neil", 40)]
print(people)
print(*people, sep='; ')
print(str(people), ', '.join(map(str, people)), '%s' % people[0], f'{people[1]!r}')
class Student(Person):
    pass
print(Student('Bo', 20), repr(Student('Bo', 20)))
d = {Person('K', 1).name: Person('V', 2)}
print(d)
class Unicode:
    def __repr__(self):
        return 'Ünï ✓'
print(Unicode(), [Unicode()], ascii(Unicode()), ascii([Unicode()]))
class Multi:
    def __repr__(self):
        return 'line1\nline2'
print([Multi()])
print(repr(Multi()))
class Empty:
    def __repr__(self):
        return ''
print([Empty(), Empty()], f'[{Empty()!r}]')
class ReprStrSame:
    __repr__ = lambda self: 'R'
    __str__ = __repr__
print(ReprStrSame(), [ReprStrSame()])
print(repr(loop))
