# expect: ModuleNotFoundError
# flags: --allow-import math
# With an allow-list, a module left off it is not importable even if it exists.
import sys
