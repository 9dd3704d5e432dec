# expect: AttributeError
print([].__reduce_ex__(2))
