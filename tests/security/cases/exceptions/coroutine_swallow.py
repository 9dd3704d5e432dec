# expect: limit=time
async def spin():
    while True:
        try:
            while True:
                pass
        except BaseException:
            pass
co = spin()
co.send(None)
