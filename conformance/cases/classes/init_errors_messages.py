class A:
    def __init__(self, a, b=2, *, c, d=4):
        pass
for call in (lambda: A(), lambda: A(1), lambda: A(1, c=3, e=5), lambda: A(1, 2, 3, c=1), lambda: A(1, c=1, a=2)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
class B:
    def __init__(self):
        pass
try:
    B(1)
except TypeError as e:
    print(type(e).__name__, e)
class C:
    def __new__(cls, x):
        return super().__new__(cls)
for call in (lambda: C(), lambda: C(1, 2)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
class D:
    pass
for call in (lambda: D(1), lambda: D(x=1), lambda: D(1, 2, k=3)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
class E(Exception):
    def __init__(self, a):
        super().__init__(a)
try:
    E()
except TypeError as e:
    print(type(e).__name__, e)
class F(list):
    def __init__(self, a, b):
        super().__init__([a, b])
print(F(1, 2))
try:
    F([1])
except TypeError as e:
    print(type(e).__name__, e)
class G(dict):
    pass
try:
    G(1)
except TypeError as e:
    print(type(e).__name__, e)
class H(int):
    pass
try:
    H('x')
except ValueError as e:
    print(type(e).__name__, e)
try:
    H(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
class I(object):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
print(type(I()).__name__)
try:
    I(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    I(k=1)
except TypeError as e:
    print(type(e).__name__, e)
class J:
    def __new__(cls, *a, **k):
        return object.__new__(cls, *a, **k)
try:
    J(1)
except TypeError as e:
    print(type(e).__name__, e)
class K:
    __init__ = 5
try:
    K()
except TypeError as e:
    print(type(e).__name__, e)
class L:
    __new__ = None
try:
    L()
except TypeError as e:
    print(type(e).__name__, e)
class M:
    def __init__(self):
        raise ValueError('init failed')
try:
    M()
except ValueError as e:
    print(type(e).__name__, e)
A(1, 2)
