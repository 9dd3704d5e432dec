# ModuleNotFoundError / ImportError messages and their name attribute
def attempt(f):
    try:
        f()
    except ImportError as e:
        print(type(e).__name__, '|', e, '|', e.name)

def a(): import nosuchmod
def b(): import math.nosuch
def c(): import sys.foo.bar
def d(): from sys import nosuch
def e(): from nosuch import x
def f(): from math.x import y
def g(): import nosuch.sub
def h(): from sys import argv, nosuch2
def i(): import nosuch as alias
for fn in (a, b, c, d, e, f, g, h, i):
    attempt(fn)

for src in ('from . import x', 'from .mod import y', 'from .. import z'):
    try:
        exec(src) if False else None
    except ImportError as e:
        print(e)

def rel():
    from . import x
attempt(rel)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    import nosuchmodule_at_all
except ModuleNotFoundError as e:
    print(repr(e.name), e.msg if hasattr(e, 'msg') else '')
import math.floor
