# expect: limit=time
# Every handler recurses again: exponential work (CPython too runs on); the deadline ends it.
def f():
    try:
        f()
    except RecursionError:
        f()
f()
