def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


table = str.maketrans('abc', 'xyz')
print(table, 'aabbcc def'.translate(table))
print('hello'.translate({ord('l'): None, ord('h'): 'J'}), 'hello'.translate({104: 'HH', 101: 0x1F600}))
print('abc'.translate({}), 'abc'.translate([]), 'abc'.translate(['x'] * 98 + [None]), ''.translate(5))
print('éüé'.translate({ord('é'): 'e', ord('ü'): None}), '😀a'.translate({0x1F600: ':)'}))
class T:
    def __getitem__(self, k):
        if k == 97:
            return 'A'
        if k == 98:
            raise IndexError
        if k == 99:
            raise KeyError(k)
        return None
print('abcd'.translate(T()))
calls = []
class Count(dict):
    def __getitem__(self, k):
        calls.append(k)
        return dict.__getitem__(self, k)
print('aaaabbb'.translate(Count({97: 'x'})), len(calls))
print(str.maketrans({'a': 'b', 99: 'd', 'e': None}), str.maketrans('ab', 'cd', 'ef'), str.maketrans('', '', 'xy'))
print('abcdef'.translate(str.maketrans('ab', 'cd', 'ef')), 'maketrans' in dir(str), 'x'.maketrans('a', 'b'))
print(str.maketrans('aa', 'bc'), str.maketrans('é😀', 'e:'), str.maketrans({True: 'x'}))
