# expect: limit=time
class A:
    def __repr__(self):
        while True:
            pass
print([A()])
