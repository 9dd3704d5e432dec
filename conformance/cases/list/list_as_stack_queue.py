stack = []
for i in range(5):
    stack.append(i * i)
out = []
while stack:
    out.append(stack.pop())
print(out, stack)
queue = list("abc")
queue.append("d")
print(queue.pop(0), queue.pop(0), queue)
queue.insert(0, "front")
print(queue, queue[-1], queue[0])
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[1] for row in matrix], list(zip(*matrix)), [x for row in matrix for x in row if x % 2])
transposed = [list(col) for col in zip(*matrix)]
print(transposed, sum(sum(r) for r in matrix), max(map(max, matrix)))
flat = sum(matrix, [])
print(flat, flat[::4], flat[::-4], sorted(flat, reverse=True)[:3])
a, *b, c = flat
print(a, b, c)
(x, y), z = [1, 2], 3
print(x, y, z)
first, second = "ab"
print(first, second)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    p, *q, r = [1]
except ValueError as e:
    print("ValueError", e)
try:
    p, q = 5
except TypeError as e:
    print("TypeError", e)
p, q = [1]
