class Outer:
    class Inner(ValueError):
        pass


print(Outer.Inner.__qualname__)
raise Outer.Inner("nested class")
