# expect: policy
# An import inside a function body, never called, is still found.
def never():
    import ctypes
