data = [3, 1, 4, 1, 5, 0, 9, 2]
it = iter(data)
print(list(iter(lambda: next(it), 0)), list(it))
calls = []
def reader():
    calls.append(1)
    return len(calls) if len(calls) < 4 else ""
ci = iter(reader, "")
print(type(ci).__name__, iter(ci) is ci, list(ci), len(calls), next(ci, "exhausted"), len(calls))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Counter(), 5)), list(iter(Counter(), 1)))
def raiser():
    raise StopIteration
print(list(iter(raiser, None)))
def boom():
    raise ValueError("boom")
try:
    list(iter(boom, None))
except ValueError as e:
    print("ValueError", e)
class Eq:
    def __eq__(self, o):
        return o == 3
print(list(iter(Counter(), Eq())) if False else "skip", list(iter(iter([1, 2, 3, 4]).__next__, 3)))
for bad in [(1, 2), ([], 1), (None, None)]:
    try:
        iter(*bad)
    except TypeError as e:
        print("TypeError", e)
iter(5, 5)
