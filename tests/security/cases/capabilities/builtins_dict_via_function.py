# expect: ok
# stdout: ok
# No route from an ordinary object back to a builtins namespace holding what was left out.
found = []
for obj in (print, len, object, type, int, lambda: 0, (x for x in ()), Exception()):
    for attr in ("__self__", "__module__", "__dict__", "__class__", "__objclass__"):
        v = getattr(obj, attr, None)
        d = getattr(v, "__dict__", None)
        if isinstance(d, dict) or hasattr(d, "keys"):
            for bad in ("open", "eval", "exec", "__import__", "compile"):
                if bad in d:
                    found.append((obj, attr, bad))
print("ok" if not found else found)
