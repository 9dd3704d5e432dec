# expect: AttributeError
async def c():
    pass
co = c()
try:
    print(co.cr_frame)
finally:
    co.close()
