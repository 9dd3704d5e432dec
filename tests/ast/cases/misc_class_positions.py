@dec
class A(B, metaclass=M):
    x = 1
