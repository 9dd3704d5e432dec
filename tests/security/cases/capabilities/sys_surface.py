# expect: ok
# stdout: ok
import sys
for name in ("modules", "path", "meta_path", "path_hooks", "_getframe", "settrace", "setprofile",
             "executable", "prefix", "exec_prefix", "base_prefix", "stdin", "__stdout__",
             "__stderr__", "addaudithook", "breakpointhook", "excepthook", "displayhook",
             "getrefcount", "getsizeof", "_current_frames", "orig_argv", "platlibdir",
             "dont_write_bytecode", "pycache_prefix", "builtin_module_names",
             "stdlib_module_names", "call_tracing", "getobjects", "_xoptions", "environ"):
    assert not hasattr(sys, name), name
print("ok")
