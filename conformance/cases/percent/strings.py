def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print('%s|%r|%a' % ('x', 'x', 'x'), '%s %s' % ('é', '😀'), '%r %a' % ('é', 'é'), '%s' % [1, 'a'], '%s' % ((1, 2),), '%s' % None)
print('%5s|%-5s|%.2s|%5.1s|%-6.3s|' % ('abc', 'abc', 'abc', 'abc', 'abcdef'), '%.0s|' % 'x', '%.10s|' % 'short')
print('%3s|%-3s|%.1s|' % ('é', 'ü', 'ñandú'), '%5r|' % 'q', '%-8a|' % 'é', '%.3r' % 'abcdef', '%*s|%-*s|' % (4, 'a', 4, 'b'))
print('%05s|%+s|% s|%#s' % ('a', 'b', 'c', 'd'), '%s' % True, '%s' % 1.5, '%s' % 10**30, '%r' % 10, '%a' % 3.0)
class C:
    def __str__(self): return 'C-str'
    def __repr__(self): return 'C-repr'
print('%s %r %a' % (C(), C(), C()), '%.3s' % C())
