total = 10


def increment():
    total += 1


def read_then_assign():
    print(total)
    total = 5


def conditional(flag):
    if flag:
        value = 1
    return value


def deleted():
    x = 1
    del x
    return x


def loop_var():
    for i in []:
        pass
    return i


def closure():
    def inner():
        return captured

    result = inner()
    captured = 1
    return result


def del_unbound():
    del never


for fn, args in [(increment, ()), (read_then_assign, ()), (conditional, (False,)),
                 (deleted, ()), (loop_var, ()), (closure, ()), (del_unbound, ())]:
    try:
        fn(*args)
    except NameError as e:
        print(fn.__name__, type(e).__name__, e, "| name:", e.name)
print(conditional(True))
print(issubclass(UnboundLocalError, NameError))
increment()
