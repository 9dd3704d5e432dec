def squares(n):
    for i in range(n):
        yield i * i
print(list(squares(5)), sum(squares(4)), max(squares(4)), min(squares(3), default=-1), sorted(squares(4), reverse=True), tuple(squares(3)))
print(set(squares(4)), dict(zip(squares(3), "abc")), list(enumerate(squares(3))), list(zip(squares(3), squares(4))), any(squares(1)), all(squares(3)))
print(list(map(str, squares(3))), list(filter(None, squares(4))), list(reversed(list(squares(3)))), "-".join(str(x) for x in squares(4)))
g = squares(3)
print(next(g), list(g), list(g), next(g, None))
def infinite():
    n = 0
    while True:
        yield n
        n += 1
gen = infinite()
print([next(gen) for _ in range(5)], next(zip(infinite(), "ab")), list(zip(range(3), infinite())))
print(list(x for x in infinite() if x % 3 == 0 for _ in [0] if x < 10) if False else "skip")
for i in infinite():
    if i > 3:
        break
print(i, 4 in infinite(), any(x > 100 for x in infinite()))
def gen_with_return():
    yield 1
    return "done"
print(list(gen_with_return()), [x for x in gen_with_return()])
g2 = (x * 2 for x in [1, 2, 3])
print(type(g2).__name__, 2 in g2, list(g2))
try:
    reversed(squares(3))
except TypeError as e:
    print("TypeError", e)
try:
    len(squares(3))
except TypeError as e:
    print("TypeError", e)
squares(3)[0]
