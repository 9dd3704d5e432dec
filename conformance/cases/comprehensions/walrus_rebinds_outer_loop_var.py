# the walrus in the inner comprehension targets j, the iteration variable of the enclosing
# comprehension: refused at compile time
print('never printed')
grid = [[(j := i + j) for i in range(2)] for j in range(3)]
print(grid)
