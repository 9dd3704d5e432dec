def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = 'hello world'
print(s.startswith('hello'), s.startswith('world'), s.startswith(''), s.startswith('world', 6), s.startswith('wor', 6, 8), s.startswith('wor', 6, 9))
print(s.endswith('world'), s.endswith('hello'), s.endswith(''), s.endswith('hello', 0, 5), s.endswith('hell', 0, -7), s.endswith('o', -1))
print(s.startswith(('x', 'y', 'he')), s.startswith(()), s.endswith(('ld', 'zz')), s.endswith(('a',)))
print(s.startswith('', 11), s.startswith('', 12), s.endswith('', 11), s.endswith('', 12), s.endswith('', 5, 4), s.startswith('', 5, 5))
print(s.startswith('h', -100), s.startswith('d', -1), s.endswith('h', 0, 1), s.endswith('d', 10**20), s.startswith('h', None, None))
u = 'ünïcödé'
print(u.startswith('ü'), u.startswith('ün'), u.endswith('dé'), u.endswith('é', 0, 7), u.endswith('ö', 0, 5), u.startswith('ï', 2))
