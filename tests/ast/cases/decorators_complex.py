@(x := f)
def a(): pass
@x.y(z)[0]
def b(): pass
@lambda f: f
def c(): pass
@d if e else g
class C: pass
