print(list[int], list[list[str]], dict[str, list[int]], tuple[int, ...], tuple[()], tuple[int, str])
print(type[int], set[frozenset[int]], list[None], dict[str, None], list['Forward'])
print(list[int].__origin__, list[int].__args__, dict[str, int].__args__, tuple[()].__args__)
print(list[int] == list[int], list[int] == list[str], list[int] == list, hash(list[int]) == hash(list[int]))
print(list[int]([1, 2]), dict[str, int](a=1), tuple[int, ...]('ab'), set[int]())
class Box:
    def __class_getitem__(cls, item):
        return f'Box[{item!r}]'
class Sub(Box):
    pass
print(Box[int], Sub[str], Box[1, 2], Box[()])
u = int | str
print(u, int | None, None | int, int | str | None, (int | str) | (bytes | None), int | int)
print(u.__args__, (int | None).__args__, type(u).__name__)
print((int | str) == (str | int), (int | str) == (int | bytes), hash(int | str) == hash(str | int))
print(list[int] | None, None | list[int], int | list[str])
class C: pass
print(C | None, int | C, (C | int).__args__)
print(isinstance(1, int | str), isinstance(None, int | None), isinstance([], int | str), issubclass(bool, int | str))
print(isinstance(1, (str, int | None)), isinstance(C(), C | None))
for f in (lambda: int | 1, lambda: 1 | int, lambda: int | 'str', lambda: isinstance(1, list[int]),
          lambda: issubclass(list, list[int]), lambda: isinstance([], list[int] | int), lambda: list[int][str]):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(int | str | int | str)
print(repr(type(None) | type(None)))
x = list[int]
print(x.__class__, x.__origin__ is list, x.append is list.append, x.__name__ if hasattr(x, '__name__') else '-')
class L(list[int]):
    pass
print(L.__bases__, L.__mro__, L([1]).append(2))
isinstance(1, dict[str, int])
