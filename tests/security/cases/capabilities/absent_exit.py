# expect: NameError
exit(0)
