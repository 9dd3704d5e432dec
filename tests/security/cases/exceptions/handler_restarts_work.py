# expect: limit=steps
# flags: --max-steps 200000
# After a limit, the handler of an enclosing try does not run, even one that would loop.
def work():
    while True:
        pass
for i in range(10):
    try:
        work()
    except BaseException:
        work()
