def invert(d):
    return {v: k for k, v in d.items()}


print(invert({"a": 1}))
print({len(s) for s in ["ab", "c"]})
invert({"a": [1]})
