class A:
    __cls = 'class private'
    def __init__(self):
        self.__x = 1
        self._y = 2
        self.__z_ = 3
    def get(self):
        return self.__x, A.__cls, self.__z_
    def __private_method(self):
        return 'private method'
    def call(self):
        return self.__private_method()
    @staticmethod
    def __smethod():
        return 'static private'
    def call_static(self):
        return A.__smethod(), self.__smethod()
    def keyword(self, __kw=5):
        return __kw
a = A()
print(a.get(), a.call(), a.call_static(), sorted(a.__dict__))
print(a._A__x, A._A__cls, a._A__private_method())
print(sorted(k for k in A.__dict__ if 'A__' in k))
print(A._A__private_method.__name__, A._A__private_method.__qualname__)
try:
    a.__x
except AttributeError as e:
    print(type(e).__name__, e)
print(a.keyword(), a.keyword(_A__kw=7))
try:
    a.keyword(__kw=1)
except TypeError as e:
    print(type(e).__name__, e)
class B(A):
    def peek(self):
        try:
            return self.__x
        except AttributeError as e:
            return str(e)
print(B().peek(), B()._A__x)
class _Under:
    def m(self):
        self.__v = 1
        return sorted(self.__dict__)
print(_Under().m())
class ___:
    def m(self):
        self.__v = 1
        return sorted(self.__dict__)
print(___().m())
class Outer:
    class __Inner:
        pass
    def make(self):
        return self.__Inner
    class Nested:
        def m(self):
            self.__n = 1
            return sorted(self.__dict__)
print(Outer().make().__name__, Outer.Nested().m(), sorted(k for k in Outer.__dict__ if 'Inner' in k))
def outside():
    class L:
        def f(self):
            __local = 3
            return __local, [__c for __c in range(2)], (lambda __p: __p)(4)
    return L().f()
print(outside())
__g = 'module level'
class G:
    def f(self):
        global __h
        __h = 'set via global'
        return __h
print(G().f(), _G__h)
class S:
    __slots__ = ('__s', 'plain')
    def __init__(self):
        self.__s = 'slot'
    def get(self):
        return self.__s
print(S().get(), S.__slots__, sorted(k for k in S.__dict__ if 's' in k and not k.startswith('__')))
class N:
    def f(self):
        return __undefined_name
try:
    N().f()
except NameError as e:
    print(type(e).__name__, e)
class D:
    __dunder_ = "dunder"
    __ = 'two'
    ___x = 'three'
print(D._D__dunder_, D.__, D._D___x)
class Ann:
    __a: int = 1
    b: str
print(Ann.__annotations__)
print(getattr(a, '__x', 'getattr is not mangled'))
a.__x
