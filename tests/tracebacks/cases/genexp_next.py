ratios = (100 / d for d in [4, 2, 0])
print(next(ratios))
print(next(ratios))
print(next(ratios))
