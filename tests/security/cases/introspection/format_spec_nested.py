# expect: AttributeError
# The attribute hidden in a nested replacement field of the format spec.
print("{0:{1.__class__.__subclasses__}}".format(1, ()))
