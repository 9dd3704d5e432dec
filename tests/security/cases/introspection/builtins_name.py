# expect: NameError
# CPython puts __builtins__ in every module's namespace; Krait does not.
print(__builtins__)
