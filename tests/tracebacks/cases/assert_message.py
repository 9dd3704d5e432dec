def check(v):
    assert v > 0, f"expected positive, got {v}"
    return v


check(3)
check(-1)
