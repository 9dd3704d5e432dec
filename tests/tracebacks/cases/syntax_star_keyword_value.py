f(x=*a)
