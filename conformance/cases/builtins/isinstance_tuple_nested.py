print(isinstance(1, ()), isinstance(1, ((int,),)), isinstance("s", (int, (float, (str,)))), isinstance(None, (type(None), int)))
print(isinstance(True, (bool,)), isinstance(1.0, (int,)), isinstance([], (list, tuple)), isinstance((), list | tuple))
print(issubclass(bool, ()), issubclass(bool, ((int,),)), issubclass(int, (str, (bytes, object))), issubclass(type, type))
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class M(metaclass=Meta):
    pass
print(isinstance("magic", M), isinstance("other", M), issubclass(int, M), issubclass(str, M), isinstance(M(), M))
for args in [(1, [int]), (1, "int"), (1, (int, "x")), (1, None)]:
    try:
        print(isinstance(*args))
    except TypeError as e:
        print("TypeError", e)
for args in [(1, int), ("a", (str,)), (int, "x"), (int, (int, 5))]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print("TypeError", e)
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), issubclass(object, type), isinstance(object, type))
