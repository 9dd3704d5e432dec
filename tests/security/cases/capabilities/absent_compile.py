# expect: NameError
compile("1", "f", "eval")
