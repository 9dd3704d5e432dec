x = 1
break
def f():
    nonlocal x
