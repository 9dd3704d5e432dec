cases = [
    (KeyError("k"), (LookupError, Exception, BaseException, IndexError, ValueError)),
    (IndexError(0), (LookupError, KeyError)),
    (StopIteration(), (Exception, StopAsyncIteration)),
    (RecursionError(), (RuntimeError, Exception)),
    (NotImplementedError(), (RuntimeError, TypeError)),
    (UnboundLocalError(), (NameError, Exception)),
    (ModuleNotFoundError(), (ImportError, Exception)),
    (FileNotFoundError(), (OSError, IOError, EnvironmentError, Exception)),
    (PermissionError(), (OSError,)),
    (TimeoutError(), (OSError,)),
    (ConnectionRefusedError(), (ConnectionError, OSError)),
    (BrokenPipeError(), (ConnectionError,)),
    (ZeroDivisionError(), (ArithmeticError, ValueError)),
    (OverflowError(), (ArithmeticError,)),
    (UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"), (UnicodeError, ValueError)),
    (KeyboardInterrupt(), (Exception, BaseException)),
    (SystemExit(), (Exception, BaseException)),
    (GeneratorExit(), (Exception, BaseException)),
    (TabError("x"), (IndentationError, SyntaxError)),
    (DeprecationWarning(), (Warning, Exception)),
    (AssertionError(), (Exception,)),
]
for exc, classes in cases:
    print(type(exc).__name__, [isinstance(exc, c) for c in classes])
print(IOError is OSError, EnvironmentError is OSError)
print(isinstance(KeyError(), (ValueError, LookupError)))
print(issubclass(KeyError, (TypeError, IndexError)))
