def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
    return i if items else None


print(find([1, 2, 3], 2))
print(find([1, 2, 3], 9))
print(find([], 1))
for x in []:
    print("never")
else:
    print("else runs for empty loops")
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        print("inner", i, j)
    else:
        print("inner else never")
    if i == 1:
        continue
    print("outer tail", i)
else:
    print("outer else")
for i in range(5):
    if i % 2:
        continue
    print("even", i)
else:
    print("continue does not skip else")
print("loop variable after loop:", i)
for i in range(3):
    pass
print(i)
for ch in "abc":
    try:
        if ch == "b":
            continue
    finally:
        print("finally for", ch)
