x = [1,
     2]; y = 1 if x
else 2
