def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for x in ['', 'a', '_', '_1', '1a', 'abc', 'a b', 'a-b', 'é', 'ñame', '日本', 'x²', '²', 'ℕ', '℘', '℮', '゛', 'a·b', '·a', 'a\u0301', '\u0301',
          'Ⅻ', 'aⅫ', '𝔘𝔫𝔦', 'a٣', '٣a', 'class', 'None', 'a$', '😀', 'a😀', 'ǅ', 'ᢅ', '\u212e', 'x\u200c', 'x\u00b7']:
    print(repr(x), x.isidentifier())
t(lambda: 'a'.isidentifier(1))
t(lambda: 'a'.isalpha(1))
t(lambda: 'a'.isdigit(x=1))
t(lambda: 'a'.isspace(None))
t(lambda: 'a'.isascii(1))
t(lambda: 'a'.isprintable(1, 2))
t(lambda: 'a'.isnumeric(''))
t(lambda: 'a'.isdecimal(0))
t(lambda: 'a'.isalnum(0))
