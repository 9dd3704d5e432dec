def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(str.upper('abc'), str.split('a b'), str.join(',', 'ab'), str.replace('aa', 'a', 'b', 1), str.center('x', 3, '-'))
print(list(map(str.strip, [' a ', 'b  '])), sorted(['b', 'A', 'c'], key=str.lower), str.format('{}!', 5), str.count('aaa', 'a'))
print(str.maketrans is ''.maketrans, str.find('abc', 'c', 1), str.startswith('abc', ('x', 'a')), str.isdigit('12'))
