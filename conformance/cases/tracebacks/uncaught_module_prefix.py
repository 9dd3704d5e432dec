class LibError(Exception):
    pass


LibError.__module__ = "mylib.errors"
print(LibError.__module__, LibError.__qualname__)
raise LibError("from a library")
