if True:
    x = 2 +   
    3
