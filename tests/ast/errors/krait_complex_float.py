# krait: SyntaxError: complex literals are not supported
x = 1.5J
