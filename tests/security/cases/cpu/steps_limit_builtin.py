# expect: limit=steps
# flags: --max-steps 100000 --timeout 60
# A single built-in call doing a lot of work counts it.
sum(range(10**12))
