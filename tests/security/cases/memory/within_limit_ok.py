# expect: ok
# stdout: 50000000
# A program that stays under the limit is not disturbed.
x = 'a' * (50 * 10**6)
print(len(x))
