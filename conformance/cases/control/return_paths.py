def no_return():
    pass


def bare_return():
    return


def early(x):
    if x:
        return "early"
    return "late"


def multiple():
    return 1, 2


def in_loop():
    for i in range(10):
        if i == 3:
            return i
    return -1


def in_while():
    i = 0
    while True:
        i += 1
        if i > 4:
            return i


def nested_loops():
    for i in range(3):
        for j in range(3):
            if i * j == 2:
                return (i, j)


def in_with():
    class CM:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            print("exit runs before the value is returned")

    with CM():
        return "from with"


def in_except():
    try:
        raise ValueError
    except ValueError:
        return "from except"
    finally:
        print("finally after except return")


def in_else():
    try:
        pass
    except Exception:
        return "no"
    else:
        return "from else"


def lambda_return():
    return (lambda: "lambda value")()


print(no_return(), bare_return(), early(1), early(0), multiple(), in_loop(), in_while())
print(nested_loops(), in_with(), in_except(), in_else(), lambda_return())
a, b = multiple()
print(a + b)


def generator_return():
    yield 1
    return "gen done"


print(list(generator_return()))
