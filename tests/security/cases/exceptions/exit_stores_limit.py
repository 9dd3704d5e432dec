# expect: limit=time
# __exit__ keeps the limit object and raises it later: still a limit, still uncatchable.
saved = []
class Keep:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        saved.append(v)
        return True
with Keep():
    while True:
        pass
try:
    raise saved[0]
except BaseException:
    print("caught")
