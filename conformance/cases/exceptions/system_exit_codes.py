import sys

for args in [(), (0,), (1,), ("message",), (None,), (1, 2)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print(args, repr(e), repr(e.code), e.args)
for args in [(), (3,), ("bye",)]:
    e = SystemExit(*args)
    print(repr(e.code), isinstance(e, Exception), isinstance(e, BaseException))
try:
    try:
        sys.exit(2)
    except Exception:
        print("not caught by Exception")
except SystemExit as e:
    print("caught by SystemExit", e.code)
try:
    raise KeyboardInterrupt
except Exception:
    print("no")
except BaseException as e:
    print("KeyboardInterrupt is BaseException only", repr(e))
try:
    sys.exit(4)
finally:
    print("finally before exit")
