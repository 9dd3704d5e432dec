# expect: ok
# stdout: False False False
print(hasattr(object, "__subclasses__"), hasattr(len, "__globals__"), hasattr(int, "__subclasses__"))
