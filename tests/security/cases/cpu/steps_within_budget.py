# expect: ok
# flags: --max-steps 100000
# stdout: 4950
print(sum(i for i in range(100)))
