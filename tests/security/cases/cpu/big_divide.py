# expect: limit=time
# flags: --max-memory 1G
x = 7 ** (10**8 // 3)
y = 3 ** (10**7)
while True:
    x // y
