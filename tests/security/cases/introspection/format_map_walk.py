# expect: AttributeError
print("{x.__init__.__globals__}".format_map({"x": object()}))
