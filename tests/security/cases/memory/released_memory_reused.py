# expect: ok
# flags: --max-memory 128M --timeout 10
# stdout: done
# Memory freed by the program counts no more: 2 GB allocated in total, 32 MB at a time (the
# collector scans stacks conservatively, so the cap leaves room for a dead copy or two).
for i in range(64):
    x = 'a' * (32 << 20)
    del x
print('done')
