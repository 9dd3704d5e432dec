# expect: limit=memory
# flags: --timeout 30
# Refused before allocating: the size is known up front.
x = 'a' * 10**10
