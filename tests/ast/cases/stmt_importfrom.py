from a import b
from a.b import c as d, e
from . import a
from .. import b
from .a import b
from ...a.b import c
from a import *
from a import (b, c)
from a import (b,
    c as d,)
from .... import x
from . a import y
