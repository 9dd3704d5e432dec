def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(str.maketrans({'a': 'A', 'b': None, 99: 'C', 100: 101, 'é': '😀'}))
print('abcdé'.translate(str.maketrans({'a': 'A', 'b': None, 99: 'C', 100: 101, 'é': '😀'})))
print(str.maketrans({}), str.maketrans('', ''), str.maketrans('', '', ''), str.maketrans('aaa', 'xyz'), str.maketrans('abc', 'abc', 'abc'))
class D(dict): pass
print(str.maketrans(D(a='b')), type(str.maketrans(D(a='b'))).__name__)
t(lambda: str.maketrans({(1,): 'x'}))
t(lambda: str.maketrans({None: 'x'}))
t(lambda: str.maketrans({'a': 1, 'bb': 2}))
