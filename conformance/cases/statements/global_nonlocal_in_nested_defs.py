# global and nonlocal in nested functions: which binding each function sees and changes,
# skipping intermediate scopes and class bodies, and names declared in one function but
# created by another.
x = "module x"


def outer():
    x = "outer x"

    def uses_global():
        global x
        x = "set by uses_global"
        return x

    def reads_enclosing():
        return x

    def middle():
        def inner():
            nonlocal x
            x = "set by inner, two levels down"
        inner()
        return x

    print(uses_global(), "|", reads_enclosing())
    print(middle(), "|", reads_enclosing())
    return x


print(outer(), "|", x)


def creates_global():
    global fresh_name
    fresh_name = "created inside a function"


try:
    print(fresh_name)
except NameError as e:
    print("NameError:", e)
creates_global()
print(fresh_name)


def class_scope_skipped():
    value = "function value"

    class K:
        value = "class value"

        def method(self):
            return value

        def change(self):
            nonlocal value
            value = "changed through the method"

    k = K()
    before = k.method()
    k.change()
    return before, k.method(), K.value, value


print(class_scope_skipped())


def global_in_class():
    class K:
        global made_in_class
        made_in_class = "bound by a class body"
        local = made_in_class.upper()
    return K.local, hasattr(K, "made_in_class")


print(global_in_class(), made_in_class)


def shadow_then_global():
    x = "local"

    def inner():
        global x
        return x

    return x, inner()


print(shadow_then_global())
counter = 0


def bump_many(n):
    def once():
        global counter
        counter += 1
    for _ in range(n):
        once()
    return counter


print(bump_many(3), bump_many(2), counter)


def nonlocal_loop_var():
    i = None

    def run():
        nonlocal i
        for i in range(3):
            pass
    run()
    return i


print(nonlocal_loop_var())


def nonlocal_in_comprehension():
    total = 0

    def add_all(items):
        nonlocal total
        [(total := total + v) for v in items]
    add_all([1, 2, 3])
    return total


print(nonlocal_in_comprehension())


def global_unbound():
    global never_set
    try:
        return never_set
    except NameError as e:
        return f"NameError: {e}"


print(global_unbound())
