# expect: policy
class A(metaclass=eval("type")):
    pass
