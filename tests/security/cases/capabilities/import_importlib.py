# expect: ModuleNotFoundError
import importlib
importlib.import_module("os")
