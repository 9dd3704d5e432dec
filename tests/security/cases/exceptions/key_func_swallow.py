# expect: limit=time
def key(x):
    try:
        while True:
            pass
    except BaseException:
        return 0
print(sorted(range(10), key=key))
