# expect: check-ok
class A:
    def __init__(self):
        self.x = 1
    def __repr__(self):
        return f"A({self.x})"
print(A().__class__.__name__, A.__mro__, A.__dict__)
