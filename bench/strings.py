# Text processing as agents write it: split, strip, join, replace, f-strings, case, find.
def words(n):
    base = "The quick brown fox jumps over the lazy dog; pack my box with five dozen jugs"
    out = []
    for i in range(n):
        line = f"{i:06d}: {base} #{i % 97}"
        parts = [w.strip(";#").lower() for w in line.split()]
        key = "-".join(p for p in parts if len(p) > 3)
        if key.find("quick") >= 0 and not key.startswith("x"):
            out.append(key.replace("-", "_").upper()[:24])
    return len(out), out[-1], sum(len(s) for s in out)


print(words(120_000))
