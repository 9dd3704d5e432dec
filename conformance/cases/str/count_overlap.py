def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for hay, sub in [('aaaa', 'aa'), ('aaaaa', 'aaa'), ('abababa', 'aba'), ('ééééé', 'éé'), ('😀😀😀😀', '😀😀'), ('abc', 'abcd'), ('a' * 100, 'a' * 10)]:
    print(repr(hay), repr(sub), hay.count(sub), hay.count(sub, 1), hay.count(sub, 1, -1), len(hay.split(sub)) - 1, hay.replace(sub, '|'))
