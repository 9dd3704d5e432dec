# expect: NameError
print(__loader__, __spec__)
