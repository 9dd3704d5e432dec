def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print('café café'.replace('é', 'e'), 'cafe'.replace('e', 'é'), 'añb'.replace('', '|'))
print('😀x😀'.replace('😀', ':)'), 'abc'.replace('b', '😀'), 'ΣΣΣ'.replace('Σ', 'σς', 2))
print('日本語日本語'.replace('本', 'ほん'), '日本語'.replace('', '.', 2))
s = 'é' * 10 + 'a' + 'é' * 10
print(s.replace('a', 'b'), len(s.replace('é', '')), s.replace('é', 'ee', 3))
