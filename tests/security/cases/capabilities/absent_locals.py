# expect: NameError
locals()
