# expect: ok
# flags: --max-memory 128M
# stdout: done
# Memory freed by the program counts no more: 2 GB allocated in total, 64 MB at a time.
for i in range(32):
    x = 'a' * (64 << 20)
    del x
print('done')
