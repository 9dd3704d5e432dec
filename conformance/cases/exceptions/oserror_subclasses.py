# Linux errno values
for code in [2, 13, 17, 21, 20, 1, 110, 111, 32, 11, 10, 3, 4, 104, 103, 9999, -1, True]:
    e = OSError(code, "message")
    print(code, type(e).__name__, e.errno, e.strerror, str(e))
e = OSError("just text")
print(type(e).__name__, e.errno, e.strerror, e.args, str(e))
e = OSError(2, "No such file", "a.txt")
print(type(e).__name__, e.filename, str(e), e.args)
e = FileNotFoundError(2, "No such file or directory", "x.txt")
print(str(e), repr(e), e.errno)
e = PermissionError("denied")
print(str(e), e.errno)
e = OSError()
print(repr(e), e.errno, e.strerror, e.filename)
print(issubclass(FileNotFoundError, OSError), IOError.__name__, EnvironmentError.__name__)
try:
    raise FileExistsError(17, "File exists", "dir")
except OSError as err:
    print(type(err).__name__, err)
e = OSError(2, "x", "f", None, "g")
print(type(e).__name__, str(e), e.args, e.filename2)
e = OSError(2, "x", None, None, "g")
print(str(e), e.args, e.filename2)
e = OSError(None, None)
print(type(e).__name__, str(e), e.errno)
e = OSError(1, 2, 3, 4, 5, 6)
print(type(e).__name__, str(e), e.errno, e.args)
e = FileNotFoundError("only message")
e.errno = 2
print(str(e), e.errno, e.strerror)
e.strerror = "now set"
print(str(e))
e.filename = "path.txt"
print(str(e))
print(OSError(2, "x").__dict__, repr(OSError.errno.__doc__))
try:
    FileNotFoundError(2, "x", bad=1)
except TypeError as err:
    print(type(err).__name__, err)


class AppOSError(OSError):
    pass


e = AppOSError(2, "x")
print(type(e).__name__, e.errno, str(e))
raise OSError(13, "Permission denied", "/etc/shadow")
