# expect: limit=memory
# flags: --timeout 30
# Catching MemoryError-like errors is impossible: the limit ends the run.
try:
    x = [0] * 10**10
except MemoryError:
    print('caught MemoryError')
except BaseException:
    print('caught')
