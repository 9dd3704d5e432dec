class D:
    def __divmod__(self, o):
        return ("divmod", o)
    def __rdivmod__(self, o):
        return ("rdivmod", o)
print(divmod(D(), 3), divmod(3, D()), divmod(D(), D())[0])
class Sub(int):
    def __rdivmod__(self, o):
        return "Sub.__rdivmod__"
print(divmod(10, Sub(3)), divmod(Sub(10), 3), type(divmod(Sub(10), 3)[0]).__name__)
class NI:
    def __divmod__(self, o):
        return NotImplemented
for a, b in [(NI(), 1), (1, NI()), ("a", 1), (1, None), ([], [])]:
    try:
        divmod(a, b)
    except TypeError as e:
        print("TypeError", e)
print(divmod(7, 2), divmod(-7, 2), divmod(7.0, -2), divmod(-0.0, 1), divmod(2**70, 3), divmod(True, 2), divmod(5, 2.5))
print(int.__divmod__(7, 2), int.__rdivmod__(2, 7), float.__divmod__(7.5, 2), float.__rdivmod__(2.0, 7), (7).__divmod__(2.0))
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (2**100, 0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
divmod(1, 0)
