s = set(range(10))
print([s.pop() for _ in range(10)], s)
t = {"apple", "banana", "cherry", "date"}
order = []
while t:
    order.append(t.pop())
print(order)
u = {5, 3, 17, 1, 33, 65}
print(u, u.pop(), u)
u.add(100)
print(u, u.pop(), u.pop(), u)
v = set()
for i in range(20):
    v.add(i * 37 % 101)
print(v)
while len(v) > 15:
    v.pop()
print(v)
v.add(-1)
v.add(2**62)
print(v)
set().pop()
