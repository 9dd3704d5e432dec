def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = '  Hello, World! Hello, Python!  '
print(s.strip().lower().replace('hello', 'bye').title().center(30, '*'))
print(s.split(',')[1].strip().upper().partition(' ')[::2], s.strip().rstrip('!').lstrip('H').swapcase())
print('-'.join(reversed(s.split())).casefold().removeprefix('python!-').removesuffix('hello'), s.expandtabs().zfill(40)[:10])
print(''.join(c for c in s if c.isalpha()).lower(), sum(1 for c in s if c.isupper()), [w for w in s.split() if w.istitle()])
