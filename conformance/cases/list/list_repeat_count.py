calls = []
class N:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        calls.append(self.v)
        return self.v
print([1, 2] * N(2), N(3) * [0], (1,) * N(2), N(0) * (5,), calls)
l = [7]
l *= N(3)
print(l, calls)
for call in [lambda: [1] * 2**70, lambda: [1] * -2**70, lambda: [] * 2**70, lambda: (1,) * -2**70, lambda: 2**64 * (), lambda: [1] * 1.5,
             lambda: [1] * "2", lambda: [1] * N(2**70), lambda: (1,) * N(-2**70)]:
    try:
        print(call())
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
m = [1, 2]
try:
    m *= 2**70
except OverflowError as e:
    print("OverflowError", e, m)
print([0] * -1, [0] * 0, (0,) * -5, [[]] * 2, [1, 2] * True, False * [3])
[1] * -2**70
