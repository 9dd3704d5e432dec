# expect: limit=time
# flags: --timeout 1
class R:
    def __repr__(self):
        while True:
            pass
raise ValueError(R())
