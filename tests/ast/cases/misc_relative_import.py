from .x.y import z
from . import (a, b)
