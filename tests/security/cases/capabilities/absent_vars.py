# expect: NameError
vars()
