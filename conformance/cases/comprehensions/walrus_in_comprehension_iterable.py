# an assignment expression in a comprehension's iterable (here an inner for clause) is
# refused at compile time
print('never printed')
pairs = [(a, b) for a in range(2) for b in (limit := [a, a + 1])]
print(pairs, limit)
