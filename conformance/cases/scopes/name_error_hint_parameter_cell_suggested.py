# a parameter stays in co_varnames even when captured, so it is suggested
def f(param):
    def g():
        return param
    return g() + paramm
f(1)
