def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for s in ['ключ=значение', '鍵＝値', 'a😀b😀c', '==', 'é']:
    for sep in ['=', '＝', '😀', 'é', 'xyz']:
        print(repr(s), repr(sep), s.partition(sep), s.rpartition(sep))
