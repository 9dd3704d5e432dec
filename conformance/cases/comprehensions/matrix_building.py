# nested comprehensions building and transforming matrices
def show(m):
    for row in m:
        print(' '.join('%3s' % v for v in row))
    print('-')

n = 4
identity = [[1 if r == c else 0 for c in range(n)] for r in range(n)]
show(identity)
table = [[r * c for c in range(1, n + 1)] for r in range(1, n + 1)]
show(table)
transposed = [[row[c] for row in table] for c in range(n)]
print(transposed == table, [list(col) for col in zip(*table)] == transposed)
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
product = [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
show(product)
rotated = [list(row) for row in zip(*a[::-1])]
show(rotated)
print([v for row in a for v in row], [row[i] for i, row in enumerate(table)])
print([[a[r][c] + b[c][r] for c in range(3)] for r in range(2)])
pascal = [[1]]
for _ in range(5):
    last = pascal[-1]
    pascal.append([1] + [last[i] + last[i + 1] for i in range(len(last) - 1)] + [1])
print(pascal)
tri = [[c for c in range(r + 1)] for r in range(4)]
print(tri, sum(len(r) for r in tri))
aliased = [[0] * 3] * 2
fresh = [[0] * 3 for _ in range(2)]
aliased[0][0] = fresh[0][0] = 'X'
print(aliased, fresh)
cube = [[[i * 9 + j * 3 + k for k in range(3)] for j in range(3)] for i in range(3)]
print(cube[1], [cube[i][i][i] for i in range(3)])
print([[row[i] for row in [[1, 2], [3]]] for i in range(2)])
