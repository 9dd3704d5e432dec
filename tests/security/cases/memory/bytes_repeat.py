# expect: limit=memory
# flags: --timeout 30
x = b'a' * 10**10
