try:
    a
except:
    b
else:
    c
