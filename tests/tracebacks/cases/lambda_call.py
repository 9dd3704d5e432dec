square = lambda x: x * x
apply = lambda f, v: f(v)
print(apply(square, 4))
print(apply(square, None))
