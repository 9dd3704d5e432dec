vals = [7.5, -7.5, 0.0, -0.0, 1e-300, 1e300, 0.1, 5.0, -5.0, float("inf")]
divs = [2.0, -2.0, 0.3, -0.3, 1e-5, 3, -3, float("inf"), float("-inf")]
for a in vals:
    row = []
    for b in divs:
        try:
            row.append((a // b, a % b))
        except ZeroDivisionError as e:
            row.append(str(e))
    print(a, row)
print(5 % 0.75, -5 % 0.75, 5.0 // 0.1, 5.0 % 0.1, 1 % 0.1, -1 % 0.1, 10 // 3.0, -10 // 3.0, 10 % -3.0)
print(divmod(1e308, 1e-308)[1], divmod(-1e-308, 1e308), divmod(3.0, float("inf")), divmod(-3.0, float("inf")))
