# expect: ok
# stdout: []
def f():
    pass
blocked = {"__globals__", "__code__", "__closure__", "__builtins__", "__subclasses__",
           "__reduce__", "__reduce_ex__", "__getstate__", "gi_frame", "gi_code"}
seen = set()
for obj in (f, object, type, (x for x in ()), 1, "", [], {}, print):
    seen |= blocked & set(dir(obj))
print(sorted(seen))
