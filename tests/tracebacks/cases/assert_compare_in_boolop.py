def check(items):
    assert items and len(items) > 3, "need more than three"


check([1, 2, 3, 4])
check([1])
