def lookup(table, key):
    return table[key]


print(lookup({"a": 1}, "a"))
lookup({"a": 1}, "missing")
