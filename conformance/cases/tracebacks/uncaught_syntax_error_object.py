print("raising a SyntaxError by hand")
raise SyntaxError("invalid thing", ("config.py", 3, 5, "x = = 1\n", 3, 8))
