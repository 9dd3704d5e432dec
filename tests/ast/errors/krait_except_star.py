# krait: SyntaxError: 'except*' is not supported
try:
    pass
except* E:
    pass
