# a walrus may not rebind the comprehension's own iteration variable: a compile-time error,
# so nothing below runs
print('never printed')
values = [(i := i * 2) for i in range(3)]
print(values)
