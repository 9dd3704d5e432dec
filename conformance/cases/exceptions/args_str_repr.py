classes = [Exception, ValueError, KeyError, IndexError, TypeError, RuntimeError,
           StopIteration, AssertionError, OSError, NameError, AttributeError]
for cls in classes:
    for args in [(), ("msg",), (1, 2), ("",), (None,), ([1, 2],), ("a", "b", "c")]:
        e = cls(*args)
        print(cls.__name__, args, "| str:", str(e), "| repr:", repr(e), "| args:", e.args)
