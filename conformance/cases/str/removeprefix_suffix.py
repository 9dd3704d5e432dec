def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ['prefix_body_suffix', 'prefix', 'suffix', '', 'body']:
    print(repr(s), repr(s.removeprefix('prefix')), repr(s.removesuffix('suffix')), repr(s.removeprefix('')), repr(s.removesuffix('')), repr(s.removeprefix(s)), repr(s.removesuffix(s + 'x')))
print('éclair'.removeprefix('é'), 'café'.removesuffix('é'), '😀smile😀'.removeprefix('😀').removesuffix('😀'))
class S(str): pass
print(type(S('abc').removeprefix('x')).__name__, type(S('abc').removeprefix('a')).__name__, type(S('abc').removesuffix('')).__name__)
t(lambda: 'a'.removeprefix(1))
t(lambda: 'a'.removesuffix(None))
t(lambda: 'a'.removeprefix())
t(lambda: 'a'.removesuffix('a', 'b'))
t(lambda: 'a'.removeprefix(prefix='a'))
t(lambda: 'a'.removeprefix(('a',)))
