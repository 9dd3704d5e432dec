# Nested loops with break, continue and else, and loops over mutating or exhausted iterables.
def find_pair(nums, target):
    for i, a in enumerate(nums):
        for b in nums[i + 1:]:
            if a + b == target:
                break
        else:
            continue
        return a, b
    else:
        return None


print(find_pair([1, 4, 6, 9], 10), find_pair([1, 2], 10), find_pair([], 0))
primes = []
for n in range(2, 40):
    for p in primes:
        if p * p > n:
            primes.append(n)
            break
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)
i = 0
while i < 10:
    i += 1
    if i % 3:
        continue
    if i > 7:
        break
    print("multiple of 3:", i)
else:
    print("never printed")
print("i =", i)
n = 0
while n < 3:
    n += 1
else:
    print("while-else ran, n =", n)
it = iter(range(6))
for x in it:
    print("x", x, "skipped", next(it, None))
items = [1, 2, 3, 4]
for x in items:
    if x == 2:
        items.remove(x)
print(items)
d = {"a": 1}
try:
    for k in d:
        d["b"] = 2
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
for _ in []:
    pass
else:
    print("else of an empty loop")
for a, (b, *c) in [(1, (2, 3, 4)), (5, (6,))]:
    print(a, b, c)
