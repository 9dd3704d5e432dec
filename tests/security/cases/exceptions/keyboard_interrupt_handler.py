# expect: limit=time
# Catching KeyboardInterrupt does not catch a limit either.
while True:
    try:
        while True:
            pass
    except KeyboardInterrupt:
        pass
