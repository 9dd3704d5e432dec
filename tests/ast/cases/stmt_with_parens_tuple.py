with (a, b) as c:
    pass
with (yield_):
    pass
with (a), (b):
    pass
