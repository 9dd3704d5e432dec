# expect: limit=steps
# flags: --max-steps 1000000 --timeout 60 --max-memory 1G
x = 3 ** (10**7)
y = x * x
