from __future__ import annotations
from __future__ import division, print_function
x: int = 1
