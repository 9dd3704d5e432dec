# expect: limit=time
# stderr-has: TimeLimitExceeded
# An exception raised while unwinding from a limit does not replace it.
class Replace:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise ValueError("not the limit")
with Replace():
    while True:
        pass
