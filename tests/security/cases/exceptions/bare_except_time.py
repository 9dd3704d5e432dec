# expect: limit=time
# A limit is not an exception: no except clause can catch it.
while True:
    try:
        while True:
            pass
    except:
        pass
