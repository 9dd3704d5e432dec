# expect: limit=time
class A:
    while True:
        pass
