def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ['a\tb', '\t', 'ab\tcd\te', '12345678\tx', '1234567\tx', 'a\nb\tc', 'a\r\tb', '\t\t', 'é\tü', '😀\t|', 'no tabs', '']:
    print(repr(s), repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)), repr(s.expandtabs(-3)), repr(s.expandtabs(tabsize=3)))
print(repr('a\tb'.expandtabs(True)), len(('\t' * 1000).expandtabs(100)))
t(lambda: 'a\tb'.expandtabs('a'))
t(lambda: 'a\tb'.expandtabs(4.0))
t(lambda: 'a\tb'.expandtabs(10**20))
t(lambda: 'a\tb'.expandtabs(-10**20))
t(lambda: 'a\tb'.expandtabs(1, 2))
t(lambda: 'a\tb'.expandtabs(size=2))
