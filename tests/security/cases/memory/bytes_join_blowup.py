# expect: limit=memory
# flags: --timeout 30
x = (b'b' * 10**5).join([b'a'] * 10**5)
