# expect: AttributeError
print(super(type, type).__subclasses__)
