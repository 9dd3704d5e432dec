# expect: limit=time
# flags: --max-memory 4G
d = {i: i for i in range(10**15)}
