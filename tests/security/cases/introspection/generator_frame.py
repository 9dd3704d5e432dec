# expect: AttributeError
def g():
    yield 1
print(g().gi_frame.f_globals)
