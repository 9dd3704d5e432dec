# The parts of sys whose values are the same everywhere: sizes, the version, the byte order,
# the exception being handled, the streams' write methods, and exit codes.
import sys

print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, type(sys.maxsize).__name__)
print(sys.version_info[:2], sys.version_info >= (3, 11), sys.version_info[0], len(sys.version_info))
print(sys.byteorder, type(sys.argv).__name__, isinstance(sys.version, str))
print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError as e:
    info = sys.exc_info()
    print(info[0].__name__, info[1] is e, sys.exception() is e)
    try:
        raise ValueError("inner")
    except ValueError:
        print("inner:", repr(sys.exception()))
    print("back to outer:", repr(sys.exception()))
print("after:", sys.exception())
n = sys.stdout.write("written directly\n")
print(n, sys.stdout.writelines(["a", "b\n"]))
print(sys.getrecursionlimit() >= 100)
for bad in (0, -5, "x"):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for code in (None, 0, 3, "text", (1, 2)):
    try:
        sys.exit(code) if code is not None else sys.exit()
    except SystemExit as e:
        print(repr(e.code), e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
sys.exit("goodbye from sys.exit")
