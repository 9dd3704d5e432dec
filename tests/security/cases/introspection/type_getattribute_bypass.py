# expect: AttributeError
print(type.__getattribute__(object, "__subclasses__"))
