# expect: limit=output
class Loud:
    def __repr__(self):
        print('r' * 10**6)
        print('r' * 10**6)
        return 'loud'
print(Loud())
