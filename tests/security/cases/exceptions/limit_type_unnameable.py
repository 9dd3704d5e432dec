# expect: ok
# stdout: ok
# No built-in name refers to the limit errors.
for name in ("TimeLimitExceeded", "MemoryLimitExceeded", "StepLimitExceeded",
             "OutputLimitExceeded", "RecursionLimitExceeded", "Interrupted"):
    try:
        eval_ = None
        globals_ = None
        x = {"TimeLimitExceeded": 1}[name] if False else None
        exec_ = name
    except NameError:
        pass
try:
    TimeLimitExceeded
    print("visible")
except NameError:
    print("ok")
