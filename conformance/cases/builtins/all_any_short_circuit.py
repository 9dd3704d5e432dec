seen = []
def check(x):
    seen.append(x)
    return x
print(any(check(x) for x in [0, 0, 3, 4]), seen)
seen.clear()
print(all(check(x) for x in [1, 2, 0, 4]), seen)
seen.clear()
print(any(map(check, [])), all(map(check, [])), seen)
print(any([[], (), {}, "", 0, 0.0, None]), all([[0], (0,), {0: 0}, "0", -1, 0.1, ...]))
class Truthy:
    def __bool__(self):
        seen.append("bool")
        return True
print(any([Truthy(), Truthy()]), seen)
class BadBool:
    def __bool__(self):
        return 2
try:
    all([BadBool()])
except TypeError as e:
    print("TypeError", e)
class LenTruth:
    def __len__(self):
        return 0
print(any([LenTruth()]), all([LenTruth()]), bool(LenTruth()))
it = iter([0, 1, 2, 3])
print(any(it), list(it))
it2 = iter([1, 1, 0, 1])
print(all(it2), list(it2))
all(5)
