with (
    a as b,
    c,
):
    pass
with (a, b,):
    pass
with (a,):
    pass
