# expect: ok
# stdout: 3 ['a'] 4
# After failed attempts to change built-in types, they behave as before.
for attempt in ("int.__add__", "list.append", "str.upper"):
    owner, attr = attempt.split(".")
    try:
        setattr({"int": int, "list": list, "str": str}[owner], attr, None)
    except TypeError:
        pass
l = []
l.append("a")
print(1 + 2, l, len("abcd"))
