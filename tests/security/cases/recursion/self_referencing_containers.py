# expect: ok
# stdout: [[...]] {'d': {...}} [{'l': [...]}]
l = []
l.append(l)
d = {}
d['d'] = d
m = [{}]
m[0]['l'] = m
print(l, d, m)
