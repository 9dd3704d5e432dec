a = ValueError("x")
b = ValueError("x")
print(a == b, a == a, a != b, a is a)
print(hash(a) == hash(a))
s = {a, b}
print(len(s))
d = {a: 1}
print(d[a])
print(ValueError("x").args == ValueError("x").args)
print(type(a) is ValueError, type(a) == ValueError, a.__class__.__name__)
print(bool(ValueError()), bool(ValueError(0)))
print(isinstance(ValueError, type), callable(ValueError))
errs = [KeyError, IndexError]
print(KeyError in errs, ValueError in errs)
print(ValueError.__bases__, KeyError.__base__, BaseException.__bases__)
print(LookupError in KeyError.__mro__, KeyError.__mro__.index(Exception))
