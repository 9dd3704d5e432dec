x = 5
y = None
if x > 3 and y > 2:
    print("both")
