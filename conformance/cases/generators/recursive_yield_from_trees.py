# recursion through yield from: tree traversals, flattening, permutations, subsets, and a
# return value threaded back up the recursion
def tree(depth, label='n'):
    if depth == 0:
        return (label, [])
    return (label, [tree(depth - 1, label + str(i)) for i in range(2)])

def preorder(node):
    label, children = node
    yield label
    for child in children:
        yield from preorder(child)

def postorder(node):
    label, children = node
    for child in children:
        yield from postorder(child)
    yield label

def leaves(node):
    label, children = node
    if not children:
        yield label
    for child in children:
        yield from leaves(child)

t = tree(3)
print(list(preorder(t)))
print(list(postorder(t)))
print(list(leaves(t)))

class BST:
    def __init__(self):
        self.root = None
    def insert(self, v):
        def ins(node):
            if node is None:
                return [v, None, None]
            if v < node[0]:
                node[1] = ins(node[1])
            else:
                node[2] = ins(node[2])
            return node
        self.root = ins(self.root)
    def inorder(self, node='start'):
        if node == 'start':
            node = self.root
        if node is None:
            return
        yield from self.inorder(node[1])
        yield node[0]
        yield from self.inorder(node[2])
bst = BST()
for v in [50, 30, 70, 20, 40, 60, 80, 35]:
    bst.insert(v)
print(list(bst.inorder()))

def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, (3, [4, []])], [[[5]]], 'str'])))

def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, head in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [head] + rest
print([''.join(p) for p in permutations('abc')])

def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))

def count_nodes(node):
    label, children = node
    total = 1
    for child in children:
        total += yield from count_nodes(child)
    yield label
    return total
g = count_nodes(tree(2))
labels = []
try:
    while True:
        labels.append(next(g))
except StopIteration as e:
    print(labels, 'node count', e.value)

def hanoi(n, src='A', dst='C', via='B'):
    if n:
        yield from hanoi(n - 1, src, via, dst)
        yield (n, src, dst)
        yield from hanoi(n - 1, via, dst, src)
moves = list(hanoi(3))
print(len(moves), moves[:4])

def depth_limited(n):
    yield n
    if n:
        yield from depth_limited(n - 1)
print(sum(depth_limited(200)))
def cyclic(node):
    yield node['name']
    for child in node['children']:
        yield from cyclic(child)
loop = {'name': 'loop', 'children': []}
loop['children'].append(loop)
print(list(zip(range(3), cyclic(loop))))
