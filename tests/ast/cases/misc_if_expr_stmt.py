x if y else z
lambda: 0
not x
-x
await_ = 1
