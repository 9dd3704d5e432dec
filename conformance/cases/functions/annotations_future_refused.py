# under `from __future__ import annotations` a named expression cannot appear in an annotation
from __future__ import annotations
print('never printed')
def f(a: (x := int)):
    pass
