x = "global"


def read_global():
    return x


def shadow():
    x = "local"
    return x


def modify_global():
    global x
    x = "modified"


print(read_global(), shadow(), x)
modify_global()
print(x)


def counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    def get():
        return count

    return inc, get


inc, get = counter()
inc()
inc()
print(get())


def late_binding():
    fns = [lambda: i for i in range(3)]
    return [f() for f in fns]


def early_binding():
    fns = [lambda i=i: i for i in range(3)]
    return [f() for f in fns]


print(late_binding(), early_binding())


def nested():
    a = 1

    def middle():
        b = 2

        def inner():
            return a + b

        return inner()

    return middle()


print(nested())


class Scope:
    y = 5
    z = [y * 2]
    w = [y for _ in range(1)] if False else None

    def method(self):
        return y_global


y_global = "module level"
print(Scope.z, Scope.w, Scope().method())
try:
    class Broken:
        k = 3
        vals = [k for _ in range(2)]
except NameError as e:
    print(type(e).__name__, e)


def del_nonlocal():
    v = 1

    def inner():
        nonlocal v
        del v

    inner()
    try:
        return v
    except NameError as e:
        return f"{type(e).__name__}: {e}"


print(del_nonlocal())
