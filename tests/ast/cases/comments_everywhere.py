x = [  # a
    1,  # b
    2,
]  # c
def f(  # d
    a,  # e
):  # f
    # g
    return a  # h
    # i
# j
class K:  # k
    pass
    # trailing comment in block
