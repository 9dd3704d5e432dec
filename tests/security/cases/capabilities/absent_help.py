# expect: NameError
help(len)
