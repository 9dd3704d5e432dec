def numbers(limit):
    n = 0
    while n < limit:
        yield 100 // (3 - n)
        n += 1


for v in numbers(5):
    print(v)
