def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for name in ['capitalize', 'casefold', 'center', 'count', 'encode', 'endswith', 'expandtabs', 'find', 'format_map', 'index', 'isalnum',
             'join', 'ljust', 'lower', 'lstrip', 'partition', 'removeprefix', 'replace', 'rfind', 'rindex', 'rjust', 'rpartition',
             'rsplit', 'rstrip', 'split', 'splitlines', 'startswith', 'strip', 'swapcase', 'title', 'translate', 'upper', 'zfill']:
    m = getattr('abc', name)
    try:
        m('a', 'b', 'c', 'd', 'e')
    except TypeError as e:
        print(name, 'too many:', e)
t(lambda: 'abc'.center())
t(lambda: 'abc'.ljust())
t(lambda: 'abc'.rjust())
t(lambda: 'abc'.count())
t(lambda: 'abc'.endswith())
t(lambda: 'abc'.index())
t(lambda: 'abc'.rindex())
t(lambda: 'abc'.rfind())
t(lambda: 'abc'.join())
t(lambda: 'abc'.rpartition())
t(lambda: 'abc'.translate())
t(lambda: 'abc'.format_map())
