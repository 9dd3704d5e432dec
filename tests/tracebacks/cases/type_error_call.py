def greet(name, greeting="hi"):
    return f"{greeting} {name}"


print(greet("a"))
greet("a", "b", "c")
