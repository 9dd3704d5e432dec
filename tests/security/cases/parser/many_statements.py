# expect: ok
# flags: --timeout 30
# stdout: 199999
# generate
for i in range(200000):
    print(f'v = {i}')
print('print(v)')
