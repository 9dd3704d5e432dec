class C:
    z = [x async for x in y]
