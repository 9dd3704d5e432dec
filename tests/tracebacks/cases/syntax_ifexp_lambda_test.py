x = 1 if lambda: 2 else 3
