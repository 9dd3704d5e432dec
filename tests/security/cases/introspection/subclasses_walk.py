# expect: AttributeError
# The classic escape: from any object up to `object`, then down to every class.
print(().__class__.__bases__[0].__subclasses__())
