print(list[int], dict[str, int], tuple[int, ...], tuple[()], list[list[int]], type[int], set[int] | None)
a = list[int]
print(a.__origin__, a.__args__, a.__parameters__, a == list[int], a != list[str], hash(a) == hash(list[int]))
print(a(), a([1,2]), a("ab"), type(a))
try: isinstance([], list[int])
except TypeError as e: print(e)
try: issubclass(list, list[int])
except TypeError as e: print(e)
try: a[int]
except TypeError as e: print(e)
class C:
    def __class_getitem__(cls, item): return (cls.__name__, item)
print(C[int], C[1, 2], C[()])
class D(C): pass
print(D["x"])
try: int[str]
except TypeError as e: print(e)
try: C()[0]
except TypeError as e: print(e)
print(list.__class_getitem__(int))
print(dict[str, list[int]])
print(frozenset[int], list["x"], list[1])
print(list[int] | int, int | list[int])
class E: 
    @classmethod
    def __class_getitem__(cls, k): return "explicit"
print(E[0])
print(type(C.__dict__["__class_getitem__"]))
print(repr(list[C]))
print(list[int].__class__)
print(str(tuple[int, str]))
x = list[int]
print(x is list[int], x.append)
class L(list[int]):
    pass
print(L.__bases__, L([1]), isinstance(L(), list))
class M(dict[str, int], metaclass=type):
    pass
print(M.__mro__)
print(isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, int | str))
print(int | str, int | None | str, (int | str) == (str | int), int | int)
try: isinstance(1, list[int] | int)
except TypeError as e: print(e)
print(list[int][str])
