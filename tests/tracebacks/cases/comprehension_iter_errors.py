rows = [[1, 2], 3]
flat = [x for row in rows for x in row]
