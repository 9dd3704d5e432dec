# expect: ok
# stdout: ok
m = len.__self__
d = getattr(m, "__dict__", {})
for name in ("open", "exec", "eval", "compile", "__import__", "breakpoint"):
    assert name not in d, name
print("ok")
