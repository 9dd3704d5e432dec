class Point:
    __slots__ = ('x', 'y')
    def __init__(self):
        self.x = 0
        self.y = 0
p = Point()
p.x = 5
print(p.x, p.y)
p.z = 1
