# expect: limit=output
try:
    raise ValueError
finally:
    while True:
        print('finally')
