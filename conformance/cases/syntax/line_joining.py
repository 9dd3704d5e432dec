# Line breaks inside brackets, strings and after a backslash continue the logical line;
# comments, blank lines, semicolons and decorators end it where Python's tokenizer does.
def deco(f):
    print("decorating", f.__name__)
    return f


@deco

@deco  # a comment after a decorator
def f(a,
      b=2,  # a comment inside brackets
      *rest):
    total = a + \
        b
    return total, \
        rest


print(f(1), f(1, 3,
              4, 5))
x = [
    1,

    2,  # trailing comma
]; y = (x
        [0]); print(x, y)
s = """line one
line two"""; print(s.split("\n"))
t = f"""{1 +
2}"""; print(t)
d = {"a": 1,
     "b": 2}; print(d)
if (len(x) ==
        2): print("two")
z = 1 if y \
    else 2; print(z)
for k in \
        sorted(d): print(k)
class C(
    object,
): pass; print("in the class body")
print(C.__name__)
while False \
        or False: pass
print(lambda: (1 +
               2))() if False else print("done")
