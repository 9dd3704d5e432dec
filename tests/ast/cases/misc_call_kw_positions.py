f(a=1, **k)
f(*a, b)
