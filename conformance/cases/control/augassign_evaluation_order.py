log = []


class Tracer:
    def __init__(self):
        self.data = {"k": 1}

    def __getitem__(self, key):
        log.append(f"get {key}")
        return self.data[key]

    def __setitem__(self, key, value):
        log.append(f"set {key}={value}")
        self.data[key] = value


def obj():
    log.append("obj")
    return t


def key():
    log.append("key")
    return "k"


def val():
    log.append("val")
    return 5


t = Tracer()
obj()[key()] += val()
print(log)
log.clear()


class Attr:
    def __getattr__(self, name):
        log.append(f"getattr {name}")
        return 1

    def __setattr__(self, name, value):
        log.append(f"setattr {name}={value}")
        object.__setattr__(self, name, value)


a = Attr()
a.x += val()
print(log, a.x)
log.clear()


class IAdd:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, other):
        log.append("iadd")
        self.v += other
        return self

    def __add__(self, other):
        log.append("add")
        return IAdd(self.v + other)


i = IAdd(1)
j = i
i += 1
print(log, i is j, i.v)
log.clear()


class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        log.append("add")
        return OnlyAdd(self.v + other)


o = OnlyAdd(1)
p = o
o += 1
print(log, o is p, o.v, p.v)


class NotImpl:
    def __iadd__(self, other):
        log.append("iadd NotImplemented")
        return NotImplemented

    def __radd__(self, other):
        return "radd"


log.clear()
n = NotImpl()
n += 1
print(log, n)
k = 1
k += NotImpl()
print(k)
