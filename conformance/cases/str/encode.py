def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print('hello'.encode(), 'hello'.encode('utf-8'), 'héllo'.encode(), '😀'.encode(encoding='utf-8'), 'x'.encode('utf-8', 'strict'), 'x'.encode(errors='strict'))
print(type('abc'.encode()).__name__, len('日本'.encode()), ''.encode())
t(lambda: 'a'.encode(1))
t(lambda: 'a'.encode('utf-8', 1))
t(lambda: 'a'.encode(None))
t(lambda: 'a'.encode('utf-8', 'strict', 1))
t(lambda: 'a'.encode(encode='x'))
t(lambda: 'a'.encode('utf-8', encoding='utf-8'))
