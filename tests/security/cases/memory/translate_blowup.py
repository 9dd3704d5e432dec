# expect: limit=memory
# flags: --timeout 30
x = ('a' * 10**5).translate({97: 'b' * 10**5})
