# expect: ImportError
from . import secrets
