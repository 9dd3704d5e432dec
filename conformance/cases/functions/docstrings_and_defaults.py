"""Module docstring: the first statement of the file."""
# Which first statements become docstrings, and changing __defaults__ and __kwdefaults__
# after the function is made.
print(__doc__)


def plain():
    "single quoted docstring"


def concatenated():
    "part one, " "part two"


def fstring_is_not():
    f"not a docstring {1}"


def bytes_is_not():
    b"not a docstring"


def after_expression():
    x = 1
    "too late"


def comment_first():
    # a comment does not count as a statement
    """still the docstring"""
    return 1


def number_is_not():
    42


class Documented:
    """class docstring"""

    def method(self):
        """method docstring"""


class Undocumented:
    x = 1


for obj in (plain, concatenated, fstring_is_not, bytes_is_not, after_expression,
            comment_first, number_is_not, Documented, Documented.method, Undocumented,
            lambda: "lambda bodies have no docstring"):
    print(repr(obj.__doc__))


def f(a, b=2, *args, c, d=4, **kw):
    return a, b, c, d


print(f.__defaults__, f.__kwdefaults__)
f.__defaults__ = (20,)
f.__kwdefaults__ = {"c": 30, "d": 40}
print(f(1), f(1, c=3))
f.__defaults__ = None
try:
    f()
except TypeError as e:
    print("TypeError:", e)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
f.__defaults__ = (1, 2)
f.__kwdefaults__ = None
try:
    f()
except TypeError as e:
    print("TypeError:", e)
print(f(c=0, d=1), f.__defaults__, f.__kwdefaults__)
for bad in ([1], 5):
    try:
        f.__defaults__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    f.__kwdefaults__ = [("c", 1)]
except TypeError as e:
    print("TypeError:", e)
del f.__defaults__
print(f.__defaults__)
plain.__doc__ = "replaced"
print(plain.__doc__)
del plain.__doc__
print(plain.__doc__)
