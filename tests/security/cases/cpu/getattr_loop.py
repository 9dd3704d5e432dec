# expect: limit=time
class A:
    def __getattr__(self, name):
        while True:
            pass
A().missing
