# expect: TypeError
def add(a, b):
    return 42
setattr(int, "__add__", add)
