# Integer loops: while/for back-edges, local slots, augmented assignment.
def loops(n):
    total = 0
    i = 0
    while i < n:
        total += i * i % 7
        i += 1
    for j in range(n):
        if j & 1:
            total -= j
        else:
            total += j >> 1
    return total


print(loops(6_000_000))
