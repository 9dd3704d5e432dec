# every built-in exception class against the classes an except clause usually names
classes = [
    ArithmeticError, AssertionError, AttributeError, BaseException, BlockingIOError,
    BrokenPipeError, BufferError, BytesWarning, ChildProcessError, ConnectionAbortedError,
    ConnectionError, ConnectionRefusedError, ConnectionResetError, DeprecationWarning,
    EOFError, EncodingWarning, EnvironmentError, Exception, FileExistsError,
    FileNotFoundError, FloatingPointError, FutureWarning, GeneratorExit, IOError, ImportError,
    ImportWarning, IndentationError, IndexError, InterruptedError, IsADirectoryError, KeyError,
    KeyboardInterrupt, LookupError, MemoryError, ModuleNotFoundError, NameError,
    NotADirectoryError, NotImplementedError, OSError, OverflowError, PendingDeprecationWarning,
    PermissionError, ProcessLookupError, RecursionError, ReferenceError, ResourceWarning,
    RuntimeError, RuntimeWarning, StopAsyncIteration, StopIteration, SyntaxError,
    SyntaxWarning, SystemError, SystemExit, TabError, TimeoutError, TypeError,
    UnboundLocalError, UnicodeDecodeError, UnicodeEncodeError, UnicodeError,
    UnicodeTranslateError, UnicodeWarning, UserWarning, ValueError, Warning, ZeroDivisionError,
]
bases = [BaseException, Exception, ArithmeticError, LookupError, OSError, ValueError,
         RuntimeError, NameError, ImportError, SyntaxError, ConnectionError, Warning,
         UnicodeError]
for cls in classes:
    n = cls.__name__
    marks = "".join("x" if issubclass(cls, b) else "." for b in bases)
    print(f"{n:28} {marks} base={cls.__bases__[0].__name__ if cls is not BaseException else '-'}")
print(len(classes), len(set(classes)))
for cls in classes:
    print(cls.__name__, [c.__name__ for c in cls.__mro__], repr(cls.__doc__)[:50])
