# expect: limit=memory
# flags: --timeout 30
x = []
while True:
    x = [x, x[:]]
    x.append([0] * 1000)
