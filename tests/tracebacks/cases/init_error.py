class Matrix:
    def __init__(self, rows):
        self.rows = rows
        self.width = len(rows[0])


m = Matrix([[1, 2]])
print(m.width)
Matrix([])
