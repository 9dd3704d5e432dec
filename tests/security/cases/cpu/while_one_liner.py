# expect: limit=time
while 1: pass
