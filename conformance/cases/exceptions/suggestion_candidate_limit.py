# CPython looks for "Did you mean" among fewer than 750 candidates
import sys


class Bag:
    pass


size = int(sys.argv[1]) if len(sys.argv) > 1 else 750
bag = Bag()
for i in range(size - len(dir(bag)) - 1):
    setattr(bag, f"attr{i}", i)
bag.zzzzzzzz = 1
print(len(dir(bag)))
bag.zzzzzzzy
