# expect: ok
# stdout: SyntaxError 'yield' in an assignment target is not supported\nSyntaxError 'yield' in an assignment target is not supported\nSyntaxError 'yield' in an assignment target is not supported\nSyntaxError 'yield' in an except clause is not supported
# A yield inside an assignment target or an except clause's class list cannot be resumed; it
# used to escape as a value (a crash), and is refused before anything is stored.
d = {}
def subscript():
    d[(yield)] = 1
def attribute():
    for (yield).x in [1]:
        pass
def unpacking():
    a, *d[(yield)] = 1, 2
def handler():
    try:
        raise KeyError
    except (yield):
        pass
for g in (subscript(), attribute(), unpacking(), handler()):
    try:
        next(g)
        g.send(KeyError)
    except Exception as e:
        print(type(e).__name__, e)
