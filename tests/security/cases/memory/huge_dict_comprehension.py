# expect: limit=memory
# flags: --timeout 30
x = {i: str(i) for i in range(10**10)}
