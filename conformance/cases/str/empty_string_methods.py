def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = ''
print(repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), repr(s.casefold()), repr(s.strip()))
print(s.split(), s.split(','), s.rsplit(), s.splitlines(), s.partition('x'), s.rpartition('x'), repr(s.join([])), repr(s.zfill(3)))
print(s.find(''), s.rfind(''), s.count(''), s.index(''), s.rindex(''), s.startswith(''), s.endswith(''), s.find('', 1), s.count('', 1))
print(s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
print(repr(s.center(3)), repr(s.expandtabs()), repr(s.replace('', 'x')), repr(s.translate({})), repr(s.removeprefix('')), repr(s.format()), repr(s % ()))
