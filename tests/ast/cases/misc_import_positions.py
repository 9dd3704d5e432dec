import a.b as c, d
from . import (e as f)
