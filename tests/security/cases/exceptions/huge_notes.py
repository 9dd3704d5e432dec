# expect: limit=output
# flags: --max-output 64K
e = ValueError("x")
for i in range(100000):
    e.add_note("note %d" % i)
print(e.__notes__[-1])
for n in e.__notes__:
    print(n)
