e = BlockingIOError(11, "Resource temporarily unavailable", 5)
print(e.characters_written, e.args, e.filename, str(e))
e = OSError(1, "x")
for action in ("read", "delete"):
    try:
        if action == "read":
            e.characters_written
        else:
            del e.characters_written
    except AttributeError as err:
        print(action, repr(err))
e.characters_written = 3
print(e.characters_written)
del e.characters_written
print(hasattr(e, "characters_written"))
try:
    e.characters_written = "a"
except TypeError as err:
    print(type(err).__name__, err)
e = BlockingIOError(11, "x", "file.txt")
print(e.filename, e.args, str(e))
print([a for a in dir(OSError()) if not a.startswith("__")])
BlockingIOError(11, "x", 2.5)
