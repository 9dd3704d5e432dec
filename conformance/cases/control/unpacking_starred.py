a, *b = [1, 2, 3]
print(a, b)
*a, b = [1, 2, 3]
print(a, b)
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*a, = "hey"
print(a)
[a, *b] = (1,)
print(a, b)
a, (b, *c), *d = 1, (2, 3, 4), 5, 6
print(a, b, c, d)
head, *tail = range(5)
print(head, tail, type(tail).__name__)
*init, last = iter([1, 2, 3])
print(init, last)
first, *_ = "only"
print(first, _)
for x, *rest in [(1, 2, 3), (4,)]:
    print(x, rest)
print([*range(3), *"ab"], (*[1], *[2]), {*[1, 1, 2]})
print({**{"a": 1}, **{"b": 2}, "a": 3})


def f(*args, **kwargs):
    return args, kwargs


print(f(*[1, 2], *(3,), **{"k": 1}, **{"j": 2}))
