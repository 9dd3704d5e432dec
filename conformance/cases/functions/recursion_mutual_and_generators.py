# Mutual recursion, recursion through lambdas and generators, and memoisation by hand,
# all well inside the default recursion limit.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(300), is_odd(301), is_even(7))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print([ackermann(2, n) for n in range(4)], ackermann(3, 3))

fact = (lambda f: lambda n: f(f, n))(lambda self, n: 1 if n < 2 else n * self(self, n - 1))
print(fact(20))


def hanoi(n, src="A", dst="C", via="B"):
    if n:
        yield from hanoi(n - 1, src, via, dst)
        yield src, dst
        yield from hanoi(n - 1, via, dst, src)


moves = list(hanoi(6))
print(len(moves), moves[:3], moves[-1])


def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x


nested = 0
for i in range(150):
    nested = [i, nested]
print(sum(flatten(nested)), list(flatten([1, [2, [3, [4]]], []])))


def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]


print(fib(300), len(fib.__defaults__[0]))


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(450))


def count_down(n, out):
    if n < 0:
        return out
    out.append(n)
    return count_down(n - 1, out)


print(count_down(5, []))


def make_walker():
    def walk(tree):
        if tree is None:
            return []
        left, value, right = tree
        return walk(left) + [value] + walk(right)
    return walk


tree = None
for v in [5, 3, 8, 1, 4, 9]:
    def insert(t, v):
        if t is None:
            return (None, v, None)
        l, x, r = t
        return (insert(l, v), x, r) if v < x else (l, x, insert(r, v))
    tree = insert(tree, v)
print(make_walker()(tree))
