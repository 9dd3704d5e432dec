while x:
    pass
while x:
    pass
else:
    pass
while True: break
