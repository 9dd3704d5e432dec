def items():
    yield 1
    yield 2
    raise LookupError("generator ran dry")


for x in items():
    print(x)
