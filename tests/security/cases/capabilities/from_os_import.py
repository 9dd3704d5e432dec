# expect: ModuleNotFoundError
from os import system
