log = []


class Recorder:
    def __setitem__(self, k, v):
        log.append(f"set[{k}]={v}")

    def __setattr__(self, name, v):
        log.append(f"set.{name}={v}")


def val():
    log.append("value")
    return 1


r = Recorder()
r[0] = r[1] = r.a = val()
print(log)
log.clear()


def target(name):
    log.append(f"target {name}")
    return r


target("first")[0], target("second").x = (log.append("rhs") or (1, 2))
print(log)
a = [1, 2, 3]
i = 0
i, a[i] = 2, "x"
print(i, a)
a = [0, 0]
a[0], a[1] = a[1] + 1, a[0] + 2
print(a)
x = [0, 1]
x[0], x[x[0]] = 1, 5
print(x)
p = q = r2 = 0
p += 1
print(p, q, r2)
s = t = [1]
s = s + [2]
print(s, t)
