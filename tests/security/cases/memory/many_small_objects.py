# expect: limit=memory
# flags: --timeout 30
class P:
    def __init__(self, n):
        self.n = n
l = []
while True:
    l.append(P(len(l)))
