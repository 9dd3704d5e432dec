y = 1 if 2 if 3 else 4
else 5
