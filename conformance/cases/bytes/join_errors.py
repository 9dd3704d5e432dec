def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: b''.join(1))
check(lambda: b''.join(None))
check(lambda: b','.join(['a']))
check(lambda: b','.join([b'a', 1]))
check(lambda: b','.join([b'a', b'b', None]))
check(lambda: bytearray().join([b'a', 'b']))
check(lambda: b''.join())
check(lambda: b''.join([], []))
check(lambda: b''.join(iterable=[]))
check(lambda: bytearray().join())
def gen():
    yield b'a'
    raise ValueError('boom')
check(lambda: b''.join(gen()))
