scores = [3, "7", 5]
best = max(scores)
