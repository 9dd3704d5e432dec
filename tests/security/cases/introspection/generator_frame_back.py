# expect: AttributeError
# A running generator's frame, then f_back to the caller's frame.
def g():
    yield
it = g()
next(it)
print(it.gi_frame.f_back)
