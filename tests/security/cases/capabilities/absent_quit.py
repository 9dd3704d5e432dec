# expect: NameError
quit(0)
