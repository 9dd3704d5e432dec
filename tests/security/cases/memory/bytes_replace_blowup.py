# expect: limit=memory
# flags: --timeout 30
x = (b'a' * 10**5).replace(b'a', b'b' * 10**5)
