def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.next = nxt
        self.items = {'k': [v, v * 2]}
n = Node(1, Node(2, Node(3)))
print('{0.v}->{0.next.v}->{0.next.next.v}'.format(n), '{n.items[k][1]}'.format(n=n), '{0.next.items[k][0]}'.format(n))
print('{0[a][b][c]}'.format({'a': {'b': {'c': 'deep'}}}), '{0[0][0][0]}'.format([[['z']]]), '{.__class__.__name__}'.format(n))
t(lambda: '{0.next.next.next.v}'.format(n))
t(lambda: '{0.items[k][5]}'.format(n))
t(lambda: '{0.v[0]}'.format(n))
t(lambda: '{0.v.x}'.format(n))
