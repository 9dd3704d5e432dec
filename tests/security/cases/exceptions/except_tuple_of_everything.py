# expect: limit=time
while True:
    try:
        while True:
            pass
    except (BaseException, Exception, KeyboardInterrupt, SystemExit, GeneratorExit):
        pass
