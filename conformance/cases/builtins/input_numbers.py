n = int(input())
values = [int(x) for x in input().split()]
print(n, values, sum(values), max(values))
floats = list(map(float, input().split(",")))
print(floats, round(sum(floats), 2))
a, b = input().split()
print(int(a) * int(b), a + b)
line = input()
print(line.upper(), len(line))
try:
    int(input())
except ValueError as e:
    print("ValueError", e)
print(input() == "", repr(input()))
