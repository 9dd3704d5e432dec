assert x
assert x, 'msg'
assert (x, y)
assert x, (y, z)
