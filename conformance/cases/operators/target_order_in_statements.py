# Assignment targets in for loops, with statements, comprehensions and unpacking are
# evaluated when each value is stored, after the right-hand side.
log = []


class Rec:
    def __init__(self, name):
        object.__setattr__(self, "name", name)

    def __setitem__(self, k, v):
        log.append(f"{self.name}[{k}]={v}")

    def __setattr__(self, k, v):
        log.append(f"{self.name}.{k}={v}")


def obj(name):
    log.append(f"eval {name}")
    return Rec(name)


def key(k):
    log.append(f"key {k}")
    return k


def value(v):
    log.append(f"value {v}")
    return v


obj("a")[key(1)] = value(10)
print(log)
log.clear()
obj("a")[key(1)], obj("b").attr = value((1, 2))
print(log)
log.clear()
obj("a")[key(0)], *obj("b")[key(1)] = value("xyz")
print(log)
log.clear()
for obj("f")[key("i")] in value([1, 2]):
    log.append("body")
print(log)
log.clear()


class CM:
    def __enter__(self):
        log.append("enter")
        return ("p", "q")

    def __exit__(self, *a):
        log.append("exit")


with CM() as (obj("w")[key(0)], obj("w").second):
    log.append("with body")
print(log)
log.clear()
r = Rec("r")
print([log.append("comp") for r[key("c")] in value("ab")], log)
log.clear()
obj("a").x = obj("b")[key(2)] = value(5)
print(log)
log.clear()
d = {}
d[key("k")] = d[key("j")] = value(1)
print(d, log)
