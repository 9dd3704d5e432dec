def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


samples = ['', 'abc', 'ABC', 'abc123', '123', '١٢٣', '½', '²', 'Ⅻ', '一二三', '五', '٣', '𝟘', '①', ' ', '\t\n', 'a b', 'é', 'ñ',
           '日本', 'ǅ', '_', 'a_b', '\x00', '\x7f', '\xa0', '\u2028', '😀', 'ß', '\u0301', 'x\u0301', '३', '߀', '𐒠', '⁰', '₉', '㊀', '፩', '᧚']
for x in samples:
    print(repr(x), x.isalpha(), x.isalnum(), x.isdecimal(), x.isdigit(), x.isnumeric(), x.isspace(), x.isprintable(), x.isascii())
