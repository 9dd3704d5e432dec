# expect: limit=output
while True:
    print('spam ' * 20)
