# In CPython 3.11 only the interpreter's own printing of an uncaught exception adds
# "Did you mean"; the traceback module does not.
import traceback


class Config:
    def __init__(self):
        self.timeout = 5


try:
    Config().timout
except AttributeError as e:
    print(traceback.format_exception_only(e))
    print(repr(traceback.format_exc().splitlines()[-1]))
try:
    prnt("x")
except NameError as e:
    print(traceback.format_exception_only(e))
    print(e.name, repr(str(e)))
Config().timout
