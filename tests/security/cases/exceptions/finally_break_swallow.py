# expect: limit=time
while True:
    for _ in range(1):
        try:
            while True:
                pass
        finally:
            break
