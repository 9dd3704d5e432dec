if a:
    if b:
        pass
    elif c:
        if d:
            pass
        else:
            pass
else:
    if e: pass
