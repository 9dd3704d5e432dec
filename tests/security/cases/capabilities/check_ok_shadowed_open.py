# expect: check-ok
# A program's own function named open is not the builtin.
def open(path):
    return path
print(open("x"))
