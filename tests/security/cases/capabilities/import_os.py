# expect: ModuleNotFoundError
import os
os.system("echo pwned")
