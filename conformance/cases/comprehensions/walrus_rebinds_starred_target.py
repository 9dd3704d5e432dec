# a name bound under a star in a for clause is an iteration variable too: rebinding it with
# a walrus is refused at compile time, even deep inside a nested unpacking target
print('never printed')
rows = [[1, (2, 3, 4)]]
print([head for [head, (*middle, last)] in rows if (middle := [])])
