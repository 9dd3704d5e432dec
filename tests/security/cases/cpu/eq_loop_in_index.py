# expect: limit=time
class E:
    def __eq__(self, o):
        while True:
            pass
[1, 2, 3].index(E())
