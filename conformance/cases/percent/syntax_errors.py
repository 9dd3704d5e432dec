def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for f in ['%', 'abc%', '%5', '%.', '%-', '%.5', '%(', '%()', '%y', 'ab%y', '%5y', '%é', 'é%ü', '%\x01', '%\x1f', '%~', '%5%', '%-%', '%h', '%l', '%hy', '%b', '%*', '%.*', '%100000000000000000000d', '%.100000000000d', '%#', '%0']:
    t(lambda: f % (1, 2))
    t(lambda: f % ())
t(lambda: '%s %y' % ('a', 1))
t(lambda: 'ééé%q' % 1)
t(lambda: '😀%😀' % 1)
