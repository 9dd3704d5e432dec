def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for x in ['ΣΑΣ', 'Σ', 'ΑΣ', 'ΑΣ Α', 'ΑΣ.', "ΑΣ'", 'ΑΣ\'Α', 'Σ Σ', 'ΑΣΑ', 'Α.Σ', 'Α.Σ.', 'ΑΣ\u0301', 'ΑΣ\u0301Α', '1Σ', 'ΌΣΟΣ ΣΟΦΌΣ', 'ΑΣ1', 'Α\u0345Σ']:
    print(repr(x), repr(x.lower()), repr(x.swapcase()), repr(x.title()), repr(x.capitalize()), repr(x.casefold()))
