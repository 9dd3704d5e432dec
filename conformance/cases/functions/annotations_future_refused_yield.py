# under `from __future__ import annotations` a yield cannot appear in an annotation
from __future__ import annotations
def gen():
    def inner(a: int, b: list[(yield)]):
        pass
    yield inner
