# expect: limit=memory
# flags: --timeout 30
x = ('b' * 10**5).join(['a'] * 10**5)
