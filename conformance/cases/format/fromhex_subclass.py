def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class F(float):
    def __new__(cls, v):
        print('F.__new__', v)
        return super().__new__(cls, v * 2)
r = F.fromhex('0x1p1')
print(repr(r), type(r).__name__)
class G(float): pass
print(type(G.fromhex('0x1p0')).__name__, G.fromhex('inf'), G.fromhex('-0x0p0'), (1.0).fromhex('0x3p0'), float.fromhex.__name__ if hasattr(float.fromhex, '__name__') else '')
