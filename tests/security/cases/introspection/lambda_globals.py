# expect: AttributeError
print((lambda: 0).__globals__)
