if x:
 x
else:
x
