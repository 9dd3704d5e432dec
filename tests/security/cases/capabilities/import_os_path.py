# expect: ModuleNotFoundError
import os.path
