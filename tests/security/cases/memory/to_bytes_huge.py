# expect: limit=memory
# flags: --timeout 30
x = (1).to_bytes(10**10, 'big')
