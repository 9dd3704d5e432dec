# Sorting: numbers, strings, tuples, key= and reverse=, sorted() of generated records.
def sorting(n):
    seed = 12345
    nums = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        nums.append(seed % 100000)
    a = sorted(nums)
    b = sorted(nums, reverse=True)
    names = [f"user{x:05d}" for x in nums]
    c = sorted(names)
    records = [(x % 100, -x, s) for x, s in zip(nums, names)]
    d = sorted(records)
    e = sorted(records, key=lambda r: (r[2], r[0]))
    nums.sort(key=lambda x: x % 1000)
    return a[n // 2], b[0], c[-1], d[0], e[0][2], nums[:3]


print(sorting(200_000))
