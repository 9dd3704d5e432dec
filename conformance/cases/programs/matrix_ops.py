# Matrices as lists of lists: products, transposes, determinants with fractions, errors.
def matmul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shapes {len(a)}x{len(a[0])} and {len(b)}x{len(b[0])} do not align")
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]


def transpose(m):
    return [list(r) for r in zip(*m)]


def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([r[:j] + r[j + 1:] for r in m[1:]]) for j in range(len(m)))


def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]


def show(m):
    w = max(len(repr(x)) for r in m for x in r)
    return "\n".join(" ".join(f"{x!r:>{w}}" for x in r) for r in m)


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(show(matmul(a, b)))
print(show(transpose(a)))
print(matmul(identity(3), b) == b, identity(2))
m = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det", det(m), det(identity(4)), det([[1.5, 2], [3, 4]]))
try:
    matmul(a, a)
except ValueError as e:
    print("ValueError:", e)
big = [[(i * 7 + j * 3) % 11 for j in range(6)] for i in range(6)]
print(det(big))
p = identity(3)
for _ in range(5):
    p = matmul(p, [[1, 1, 0], [0, 1, 1], [0, 0, 1]])
print(p)
print([[x / 4 for x in r] for r in a])
print(sum(map(sum, big)), max(map(max, big)), [min(c) for c in zip(*big)])
