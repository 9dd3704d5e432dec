inventory = {"apple": 3}
del inventory["apple"]
del inventory["pear"]
