if x: a; b
elif y: c; d;
else: e
while x: break; continue
