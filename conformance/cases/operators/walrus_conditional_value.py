# The walrus takes a whole conditional expression as its value.
data = [3, 0, 7]
print((first := data[0] if data else None), first)
if (n := len(data) if data else 0) > 2:
    print("long", n)
print([last := x if x else -1 for x in data], last)
print(max(best := [x * 2 if x > 1 else x for x in data]), best)
stack = [1, 2]
while (top := stack.pop() if stack else None) is not None:
    print("popped", top)
print(top)
