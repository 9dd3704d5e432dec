# expect: limit=output
# The output limit is not an exception a program can catch.
try:
    while True:
        print('x' * 100)
except BaseException:
    pass
print('after')
