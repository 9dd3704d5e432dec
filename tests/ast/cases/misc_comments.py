# comment
x = 1  # trailing
# another

def f():  # c
    # inside
    pass  # c
# end
