# expect: limit=steps
# flags: --max-steps 100000
while True:
    try:
        while True:
            pass
    except BaseException:
        pass
