# expect: limit=time
class L:
    def __lt__(self, o):
        while True:
            pass
sorted([L(), L()])
