def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for x in ['straße', 'ß', 'ﬁnance', 'ﬀ', 'İstanbul', 'ǆemal', 'ǅ', 'Ǆ', 'ŉ', 'ΐ', 'ᾳ', 'ᾼ', 'µ', 'ÿ', 'ſ', 'Ω', 'Ꭰ', 'ꭰ', 'ǰ']:
    print(repr(x), repr(x.upper()), repr(x.lower()), repr(x.title()), repr(x.capitalize()), repr(x.swapcase()), repr(x.casefold()))
print('ÉCOLE'.lower(), 'école'.upper(), 'ǉubljana'.title(), 'ǉubljana'.capitalize(), 'ÀÉÎÕÜ'.swapcase())
print('ᏴᏍᎦ'.lower(), 'ꮢꭼꮪ'.upper(), 'ⓐⓑ'.upper(), 'ⅰⅱ'.upper(), 'ＡＢＣ'.lower())
print('hello wörld ñandú'.title(), 'ÑANDÚ'.capitalize(), '😀abc'.title(), 'a😀b'.title())
print('ﬃ'.upper(), 'ﬃ'.title(), 'ﬃ'.capitalize(), len('ß'.upper()), 'ß'.casefold(), 'ẞ'.lower(), 'ẞ'.casefold())
