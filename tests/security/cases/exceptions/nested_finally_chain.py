# expect: limit=time
def f(n):
    try:
        if n:
            f(n - 1)
        else:
            while True:
                pass
    finally:
        for _ in range(10**6):
            pass
f(50)
