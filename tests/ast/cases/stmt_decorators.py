@d
def f(): pass
@d1
@d2(x)
@d3.e.f
def g(): pass
@d
class C: pass
@x[0]
@(lambda f: f)
@a or b
def h(): pass
@d
async def i(): pass
