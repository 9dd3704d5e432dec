def leaf():
    yield 1
    raise KeyError("leaf failed")


def middle():
    yield from leaf()


def top():
    result = yield from middle()
    return result


for value in top():
    print(value)
