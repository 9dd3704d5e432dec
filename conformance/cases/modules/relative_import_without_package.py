# Relative imports in a script that is not part of a package fail at run time with
# CPython's ImportError (not ModuleNotFoundError); the last one is left uncaught.
def attempt(label, fn):
    try:
        fn()
    except ImportError as e:
        print(label, "|", type(e).__name__, "|", e, "|", e.name)


def dot_module():
    from .sibling import thing


def dot_only():
    from . import sibling


def two_dots():
    from ..parent import thing


def dots_star_free():
    from ...a.b import c as d


for label, fn in [("from .sibling", dot_module), ("from .", dot_only),
                  ("from ..parent", two_dots), ("from ...a.b", dots_star_free)]:
    attempt(label, fn)
print(__name__, __package__ if False else "no package consulted")
if False:
    from .never import executed
print("an unexecuted relative import raises nothing")
from .sibling import thing
