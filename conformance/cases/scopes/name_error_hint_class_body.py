# a class body has no co_varnames: its attributes are not suggested
class A:
    value = 1
    print(valeu)
