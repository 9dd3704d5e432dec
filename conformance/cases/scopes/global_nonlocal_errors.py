# Compile-time scope errors are SyntaxErrors for the whole module: each is its own case
# elsewhere; here the run-time ones: unbound locals, closures and class scopes.
x = "global"


def reads_then_assigns():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = "local"
    return x


def closure_unbound():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    y = 1
    return inner()


def deleted_local():
    z = 1
    del z
    try:
        return z
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"


class K:
    attr = 10
    doubled = [attr * 2 for _ in range(1)] if False else None

    def method(self):
        try:
            return attr
        except NameError as e:
            return f"NameError: {e}"


def global_then_local():
    global x
    x = "changed"


print(reads_then_assigns())
print(closure_unbound())
print(deleted_local())
print(K().method(), K.attr, K.doubled)
global_then_local()
print(x)


def counter():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n
    return inc


c1, c2 = counter(), counter()
print(c1(), c1(), c2())
try:
    class C:
        v = 1
        w = [v for _ in range(2)]
except NameError as e:
    print("NameError:", e)
