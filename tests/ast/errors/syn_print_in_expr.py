print(1) if x else print "y"
