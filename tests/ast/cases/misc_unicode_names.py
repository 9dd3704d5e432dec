é = 1
日本 = 2
ﬁ = 3
ℌ = 4
x = é + 日本
class Ünïcode: pass
