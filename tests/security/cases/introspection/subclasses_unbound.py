# expect: AttributeError
# Calling the descriptor through the metatype instead of the instance.
print(type.__subclasses__(object))
