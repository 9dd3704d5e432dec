# expect: limit=memory
# flags: --timeout 30
x = ('a' * 10**5).replace('a', 'b' * 10**5)
