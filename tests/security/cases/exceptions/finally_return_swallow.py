# expect: limit=time
# `return` in finally discards the exception in flight; it must not discard a limit.
def f():
    try:
        while True:
            pass
    finally:
        return 1
while True:
    f()
