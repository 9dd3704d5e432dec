# a NameError in a function suggests its locals (the hint is only in the traceback)
def f():
    counter = 1
    return countr
print("calling")
f()
