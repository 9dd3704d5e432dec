# expect: limit=memory
# flags: --timeout 30
l = [0]
while True:
    l *= 2
