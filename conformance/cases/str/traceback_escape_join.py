x = [1, 2]
' '.join(x)
