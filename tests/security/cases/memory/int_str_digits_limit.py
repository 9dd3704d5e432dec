# expect: ValueError
# Decimal conversion of huge ints is refused, as in CPython 3.11.
x = int('9' * 10**7)
