text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity."""
words = [w.strip('.,').lower() for w in text.split()]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
for w, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(w.ljust(10, '.'), str(c).rjust(3))
lines = text.splitlines()
print([l.split(',')[0].title() for l in lines])
print(' | '.join(l[:20].center(24, '~') for l in lines))
print(text.count('it was'), text.lower().count('it was'), text.replace('times', 'TIMES', 1).split('\n')[0])
csv = 'name,age,city\nAnn,30,Oslo\nBob,25,Rome\n'
rows = [r.split(',') for r in csv.strip().splitlines()]
hdr, *data = rows
for r in data:
    print(', '.join('%s=%s' % kv for kv in zip(hdr, r)), '{0[0]:<5}|{0[1]:>3}'.format(r))
