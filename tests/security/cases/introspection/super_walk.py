# expect: AttributeError
class A:
    pass
print(super(A, A()).__init__.__globals__)
