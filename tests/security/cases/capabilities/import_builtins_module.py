# expect: ModuleNotFoundError
import builtins
builtins.open("/etc/passwd")
