if x:
    print 'y'
