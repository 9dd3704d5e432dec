# expect: limit=memory
# flags: --timeout 30
def f(*a):
    pass
f(*range(10**10))
