# expect: AttributeError
# An instance attribute with a blocked name cannot be read back either: the policy is by name.
class A:
    pass
a = A()
a.__dict__["__globals__"] = 1
print(a.__globals__)
