# expect: limit=time
# __exit__ receives the limit; re-raising what it got changes nothing.
class Look:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise v
with Look():
    while True:
        pass
