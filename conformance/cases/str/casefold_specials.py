def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for x in ['ß', 'ẞ', 'ﬅ', 'ﬆ', 'ŉ', 'ǰ', 'ΐ', 'ᾈ', 'ᾀ', 'ῼ', 'İ', 'ı', 'K', 'Å', 'µ', 'ſt', 'ꭰ', 'Ꭰ', 'ᏸ', 'Ⓐ', 'Ａ', '𐐀', 'ǅ', 'ϐ', 'ϑ', 'ϕ', 'ϖ', 'ϰ', 'ϱ', 'ϵ', 'ẛ']:
    print(repr(x), repr(x.casefold()), repr(x.lower()), x.casefold() == x.lower(), len(x.casefold()))
print('Straße'.casefold() == 'STRASSE'.casefold(), 'ΜΆΪΟΣ'.casefold(), 'Ωμέγα'.casefold())
