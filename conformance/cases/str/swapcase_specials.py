def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for x in ['ß', 'ẞ', 'ﬁ', 'İ', 'ı', 'ǅ', 'ǆ', 'Ǆ', 'ΣΑΣ', 'σας', 'ς', 'µ', 'ÿ', 'Ÿ', 'ǰ', 'ŉ', 'ⓐⒶ', 'ꭰᎠ', 'ᾳᾼ', 'Hello Wörld', '123 abc ABC']:
    print(repr(x), repr(x.swapcase()), repr(x.swapcase().swapcase()))
