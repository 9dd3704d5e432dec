# expect: limit=output
# The prompt is output and counts against the output limit.
input("x" * 10**7)
