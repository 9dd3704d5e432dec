# expect: AttributeError
class A:
    pass
print(A().__getstate__())
