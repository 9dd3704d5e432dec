# expect: NameError
globals()
