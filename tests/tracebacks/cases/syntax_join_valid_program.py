def f(a,
      b):  # comment \
    return a +\
        b
print(f(1,
2))
assert\
 True
