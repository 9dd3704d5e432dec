# expect: AttributeError
# str.format fields walk attributes too: the same policy must apply.
print("{0.__class__.__base__.__subclasses__}".format(()))
