# expect: TypeError
del dict.keys
