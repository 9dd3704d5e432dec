# lambda parameters are its varnames
f = lambda alpha, beta: alpah + beta
f(1, 2)
