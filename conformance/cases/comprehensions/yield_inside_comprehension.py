# yield inside a comprehension (even in a generator function) is a compile-time error
def gen():
    yield 'start'
    got = {key: (yield key) for key in 'ab'}
    print(got)

print(list(gen()))
