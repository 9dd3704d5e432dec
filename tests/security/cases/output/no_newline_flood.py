# expect: limit=output
while True:
    print('x', end='')
