# Generators driven by send(): running averages, a co-routine pipeline, priming errors,
# return values carried by StopIteration and yield from.
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return (count, avg)
        total += value
        count += 1
        avg = total / count


a = averager()
print(next(a), a.send(10), a.send(20), a.send(0))
try:
    a.send(None)
except StopIteration as e:
    print("finished:", e.value, e.args)
try:
    averager().send(5)
except TypeError as e:
    print("TypeError:", e)


def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line.upper())


def collector(out):
    while True:
        out.append((yield))


found = []
c = collector(found)
next(c)
g = grep("py", c)
next(g)
for line in ["python", "ruby", "pypy", "perl", "numpy"]:
    g.send(line)
print(found)


def delegator():
    result = yield from averager()
    print("  subgenerator returned", result)
    yield "after"


d = delegator()
print(next(d), d.send(4), d.send(6), d.send(None), next(d, "exhausted"))


def echo():
    received = []
    try:
        while True:
            try:
                received.append((yield len(received)))
            except ValueError as e:
                received.append(f"err:{e}")
    finally:
        print("  echo closing with", received)


e = echo()
print(next(e), e.send("a"), e.throw(ValueError("bad")), e.send("b"))
e.close()
print(e.send.__name__, type(e).__name__)
try:
    e.send("x")
except StopIteration:
    print("closed generator raises StopIteration")
