print(1)
def f():
    yield 1
    break
    return [await z for z in w]
