class R:
    def __repr__(self):
        return "R()"
class S:
    def __str__(self):
        return "S-str"
class Both:
    def __repr__(self):
        return "Both-repr"
    def __str__(self):
        return "Both-str"
print(R(), repr(R()), str(R()), [R()], (R(),), {R(): R()} if False else {1: R()}, f"{R()}", f"{R()!r}", f"{R()!s}")
print(str(S()), repr(S())[:10], [S()][0].__str__(), Both(), [Both()], "%s %r" % (Both(), Both()), format(Both()))
class BadRepr:
    def __repr__(self):
        return 42
class RaiseRepr:
    def __repr__(self):
        raise ValueError("repr failed")
for o in [BadRepr(), RaiseRepr()]:
    for f in [repr, lambda x: [x].__repr__(), ascii]:
        try:
            print(f(o))
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
class StrSub(str):
    pass
class ReprSub:
    def __repr__(self):
        return StrSub("sub-repr")
print(repr(ReprSub()), type(repr(ReprSub())).__name__, [ReprSub()])
class Uni:
    def __repr__(self):
        return "ünï"
print(repr(Uni()), ascii(Uni()), [Uni()], ascii([Uni()]))
print(repr(BadRepr()))
