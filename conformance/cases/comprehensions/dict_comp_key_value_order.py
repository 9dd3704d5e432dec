# dict comprehensions evaluate the key before the value (3.8+), equal keys keep the first key
# object and the last value, and an error in a key or a value stops the build midway
trace = []
def k(x):
    trace.append('k%s' % x)
    return x
def v(x):
    trace.append('v%s' % x)
    return x * 10

print({k(i): v(i) for i in range(3)})
print(trace)

merged = {key: val for key, val in [(1, 'int'), (1.0, 'float'), (True, 'bool')]}
print(merged, [type(x).__name__ for x in merged])

trace.clear()
def bad_value(x):
    trace.append('v%s' % x)
    if x == 2:
        raise ValueError('value %d refused' % x)
    return x
try:
    {k(i): bad_value(i) for i in range(4)}
except ValueError as e:
    print(type(e).__name__, e, trace)

trace.clear()
try:
    {(k(i) if i < 2 else [i]): v(i) for i in range(4)}
except TypeError as e:
    print(type(e).__name__, e, trace)

print({x: y for x in 'ab' for y in range(3)})
print({i % 3: i for i in range(10)})
print({(i, j): i - j for i in range(2) for j in range(2) if i != j})

counts = {}
print({c: counts.setdefault(c, len(counts)) for c in 'abracadabra'}, counts)
print({n: [m for m in range(n)] for n in range(4)})
print({str(i): {j: i * j for j in range(i)} for i in range(3)})
d = {'x': 1, 'y': 2}
print({v: k for k, v in d.items()}, {k: d[k] for k in sorted(d, reverse=True)})
try:
    {a: b for a, b in ['ab', 'cd', 'e']}
except ValueError as e:
    print(type(e).__name__, e)
print({k: v for k, v in zip('abc', range(10))}, len({i: 0 for i in range(1000)}))
{i: i for i in range(3)}[3]
