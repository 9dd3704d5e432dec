# An assert whose test is a parenthesised tuple can never fail: CPython warns.
value = 0
assert (value, "value must be set")
assert (value == 1, "never checked")
assert ()
print("asserts passed")
assert value, "value must be set"
