# expect: limit=time
# A limit hit inside __eq__ during a dict look-up unwinds through the C code.
class K:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        try:
            while True:
                pass
        except BaseException:
            return True
d = {K(): 1}
print(d[K()])
