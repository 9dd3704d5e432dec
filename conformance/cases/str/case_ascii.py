def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = 'Hello World! 123 abc XYZ mIxEd_case-dash'
print(s.lower(), s.upper(), s.swapcase(), s.title(), s.capitalize(), s.casefold(), sep='\n')
for x in ['', 'a', 'A', '1', 'hello', 'HELLO', "they're bill's friends", 'x1y2 z3', 'ABC def', '123abc', ' lead', 'o\'neil mc-donald']:
    print(repr(x), x.title(), x.capitalize(), x.swapcase(), x.upper(), x.lower())
