# expect: limit=time
# flags: --max-memory 1G
# One multiplication of two 30-million-digit numbers takes seconds; it must not overrun.
x = 3 ** (10**8 // 2)
y = x * x
