# expect: limit=memory
# flags: --timeout 30
x = [[j for j in range(10**4)] for i in range(10**6)]
