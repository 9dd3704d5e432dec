# one candidate fewer than the limit: the hint is shown
class Bag:
    pass


bag = Bag()
for i in range(749 - len(dir(bag)) - 1):
    setattr(bag, f"attr{i}", i)
bag.zzzzzzzz = 1
print(len(dir(bag)))
bag.zzzzzzzy
