def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(','.join(['a', 'b', 'c']), ''.join(['x', 'y']), ', '.join(('1', '2')), '-'.join('abc'), '|'.join([]), '|'.join(['only']))
print(' '.join(str(i) for i in range(5)), ':'.join({'k1': 1, 'k2': 2}), '+'.join(iter(['p', 'q'])), '/'.join(sorted({'b', 'a'})))
print('é'.join(['a', 'b']), 'x'.join(['é', 'ü', '😀']), '😀'.join('ab'), ''.join(['日', '本']))
class S(str): pass
print(repr(','.join([S('a'), S('b')])), type(''.join([S('a')])).__name__, type(''.join(['a'])).__name__)
print(len('ab'.join(['x'] * 100000)), len(''.join(['é'] * 50000)))
t(lambda: ','.join([1, 2]))
t(lambda: ','.join(['a', 2]))
t(lambda: ','.join(['a', 'b', None]))
t(lambda: ','.join([b'a']))
t(lambda: ','.join(5))
t(lambda: ','.join(None))
t(lambda: ','.join())
t(lambda: ','.join(['a'], ['b']))
def gen():
    yield 'a'
    raise ValueError('inside')
t(lambda: ','.join(gen()))
