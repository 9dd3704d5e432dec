# expect: limit=time
class It:
    def __iter__(self):
        return self
    def __next__(self):
        while True:
            pass
list(It())
