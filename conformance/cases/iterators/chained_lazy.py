log = []
def src():
    for i in range(6):
        log.append(("src", i))
        yield i
pipeline = map(lambda x: x * 10, filter(lambda x: x % 2 == 0, src()))
print(log)
print(next(pipeline), log)
log.clear()
print(list(pipeline), log)
log.clear()
z = zip(map(str, src()), enumerate(src(), 1))
print(next(z), log)
words = "alpha beta gamma delta epsilon".split()
print(list(map(len, filter(lambda w: "a" in w, words))), dict(map(lambda w: (w[0], w), words)), list(zip(*map(str.upper, words[:2]))))
print(sorted(map(lambda w: w[::-1], words)), max(enumerate(words), key=lambda p: len(p[1])), list(reversed(list(enumerate(words))))[:2])
print(sum(map(len, words)), list(filter(None, map(lambda w: w if len(w) > 4 else "", words))), any(map(str.isupper, words)))
nested = map(lambda p: p[0] * p[1], zip(range(1, 4), range(4, 7)))
print(list(nested), list(map(list, zip(*[[1, 2], [3, 4]]))))
