# expect: AttributeError
# __reduce__ hands out constructors (copyreg) in CPython.
print((1).__reduce__())
