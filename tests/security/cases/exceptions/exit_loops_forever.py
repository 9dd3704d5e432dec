# expect: limit=time
class Stuck:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        while True:
            pass
with Stuck():
    while True:
        pass
