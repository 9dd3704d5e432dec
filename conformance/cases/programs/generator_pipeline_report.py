# A log-processing pipeline of generators: parsing, filtering, windows and grouping.
LOG = """2026-01-01 10:00:01 INFO  start service=api
2026-01-01 10:00:02 WARN  slow request ms=950 path=/a
2026-01-01 10:00:03 ERROR failed request ms=20 path=/b
garbage line
2026-01-01 10:00:05 INFO  request ms=120 path=/a
2026-01-01 10:00:07 ERROR failed request ms=30 path=/a
2026-01-01 10:00:08 INFO  request ms=80 path=/c
2026-01-01 10:00:09 WARN  slow request ms=1200 path=/b"""


def parse(lines):
    for n, line in enumerate(lines, 1):
        parts = line.split()
        if len(parts) < 4:
            print(f"skipping line {n}: {line!r}")
            continue
        date, time, level, *rest = parts
        fields = dict(p.split("=", 1) for p in rest if "=" in p)
        words = [p for p in rest if "=" not in p]
        yield {"n": n, "time": time, "level": level, "msg": " ".join(words), **fields}


def where(records, **conds):
    return (r for r in records if all(r.get(k) == v for k, v in conds.items()))


def windows(items, size):
    buf = []
    for it in items:
        buf.append(it)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)


def group_by(records, key):
    groups = {}
    for r in records:
        groups.setdefault(r.get(key, "-"), []).append(r)
    return groups


records = list(parse(LOG.splitlines()))
print(len(records), [r["level"] for r in records])
print([r["n"] for r in where(records, level="ERROR")])
print([r["path"] for r in where(records, level="INFO", path="/a")])
ms = [int(r["ms"]) for r in records if "ms" in r]
print(ms, sum(ms) / len(ms), max(ms))
print([round(sum(w) / len(w), 1) for w in windows(ms, 3)])
for path, rs in sorted(group_by(records, "path").items()):
    print(f"{path:>3}: {len(rs)} records, levels={sorted({r['level'] for r in rs})}")
gen = where(records, level="WARN")
print(next(gen)["path"], next(gen)["path"], next(gen, "no more"))
total = 0
stream = (int(r["ms"]) for r in records if "ms" in r)
for v in stream:
    total += v
    if total > 1000:
        break
print("stopped at", v, "total", total, "rest", list(stream))
