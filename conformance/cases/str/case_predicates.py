def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for x in ['', 'a', 'A', 'abc', 'ABC', 'Abc', 'aBC', 'abc1', 'ABC1', '123', 'Hello World', 'Hello world', 'HELLO World',
          'ǅ', 'ǅa', 'Aǅ', 'ß', 'ẞ', 'ª', 'ʰ', 'Ⅰ', 'ⅰ', 'Ⓐ', 'ⓐ', '😀', 'É', 'é', 'They\'re', "Bill's", 'A1B', 'A B', 'a_B', 'ﬁ', 'Σ', 'ς']:
    print(repr(x), x.islower(), x.isupper(), x.istitle())
t(lambda: 'a'.islower(1))
t(lambda: 'a'.istitle(x=1))
t(lambda: 'a'.lower(1))
t(lambda: 'a'.upper(None))
t(lambda: 'a'.title(x=1))
t(lambda: 'a'.swapcase(1, 2))
t(lambda: 'a'.casefold(''))
t(lambda: 'a'.capitalize(0))
