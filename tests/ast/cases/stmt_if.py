if x:
    pass
if x:
    a
else:
    b
if x:
    a
elif y:
    b
elif z:
    c
else:
    d
if x: pass
else: pass
