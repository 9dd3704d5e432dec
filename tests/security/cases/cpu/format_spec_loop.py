# expect: limit=time
class F:
    def __format__(self, spec):
        while True:
            pass
print(f'{F():>10}')
