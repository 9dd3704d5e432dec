# Dict-heavy work: counting, grouping, get/setdefault, items() iteration, membership.
def dicts(n):
    counts = {}
    groups = {}
    for i in range(n):
        k = f"k{i % 5003}"
        counts[k] = counts.get(k, 0) + 1
        groups.setdefault(i % 101, []).append(i)
    index = {v: k for k, v in counts.items() if v > 1}
    hits = 0
    for i in range(n):
        if f"k{i % 7919}" in counts:
            hits += 1
    total = sum(len(v) for v in groups.values())
    return len(counts), len(index), hits, total


print(dicts(600_000))
