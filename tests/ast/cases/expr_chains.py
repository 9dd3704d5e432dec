a = x.y(z)[0].w(1)(2)[3:4]
b = a.b.c.d.e.f
c = f(g(h(i(j))))
