# the innermost comprehension is the code that fails
def f():
    return [[inner for inner in range(2) if innr] for outer in range(2)]
f()
