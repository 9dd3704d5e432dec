# expect: AttributeError
print.__name__ = "hijacked"
