# expect: policy
def f():
    pass
print(f"{f.__code__}")
