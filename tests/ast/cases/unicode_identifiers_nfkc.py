ﬁrst = 1
ℕ = 2
µ = 3
x = ﬁrst + ℕ + µ
def ｆ(): pass
