# expect: NameError
__import__("os")
