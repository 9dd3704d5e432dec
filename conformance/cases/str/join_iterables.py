def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print('-'.join(x for x in ['a', 'b']), '-'.join(map(str, range(4))), '-'.join({'one': 1}), '-'.join(('t',)), '-'.join(reversed('abc')))
print('-'.join(dict.fromkeys('xyz')), '-'.join(filter(None, ['a', '', 'b'])), '-'.join(zip('ab')) if False else '', '.'.join(str(i) for i in []))
class L(list):
    def __iter__(self):
        return iter(['overridden'])
print('+'.join(L(['a', 'b'])), '+'.join(tuple('pq')), '+'.join(['x'] * 3), '+'.join(frozenset(['only'])))
def gen_type_error():
    yield 'a'
    raise TypeError('from generator')
t(lambda: '-'.join(gen_type_error()))
class BadIter:
    def __iter__(self): raise TypeError('custom iter error')
t(lambda: '-'.join(BadIter()))
class BadIter2:
    def __iter__(self): raise ValueError('value iter error')
t(lambda: '-'.join(BadIter2()))
t(lambda: '-'.join(iter([1])))
t(lambda: '-'.join({1: 'a'}))
