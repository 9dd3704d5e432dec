# expect: policy
print([open(p) for p in ["a"]])
