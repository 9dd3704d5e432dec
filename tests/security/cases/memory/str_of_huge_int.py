# expect: ValueError
x = str(10 ** 100000)
