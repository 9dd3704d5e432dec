# the comprehension variable itself is a candidate inside the comprehension
def f():
    return [q for q in range(3) if qq]
f()
