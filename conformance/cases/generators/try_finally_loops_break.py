# generators with try/finally inside loops: break, continue and return inside the generator,
# consumers that break out early and close explicitly, and finally blocks that yield
def body_breaks():
    for i in range(5):
        try:
            if i == 2:
                break
            yield i
        finally:
            print('  finally for', i)
    yield 'after loop'
print(list(body_breaks()))

def body_continues():
    for i in range(4):
        try:
            if i % 2:
                continue
            yield i
        finally:
            print('  finally', i)
print(list(body_continues()))

def return_in_loop():
    try:
        for i in range(10):
            try:
                yield i
                if i == 1:
                    return 'early'
            finally:
                print('  inner finally', i)
    finally:
        print('  outer finally')
g = return_in_loop()
print([v for v in g])

def consumer_breaks():
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print('  producer cleaned up at', n)
g = consumer_breaks()
for v in g:
    if v == 3:
        break
print('broke out at', v, 'suspended:', g.gi_suspended)
g.close()
print('closed; suspended:', g.gi_suspended)

def finally_yields():
    for i in range(2):
        try:
            yield 'try %d' % i
        finally:
            yield 'finally %d' % i
print(list(finally_yields()))

def break_in_finally():
    for i in range(3):
        try:
            yield i
            raise KeyError('swallowed by the break')
        finally:
            break
    yield 'loop left, exception gone'
print(list(break_in_finally()))

def continue_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            yield 'finally %d' % i
            continue
print(list(continue_in_finally()))

def while_else():
    i = 0
    while i < 3:
        try:
            got = yield i
            if got == 'stop':
                break
        finally:
            i += 1
    else:
        yield 'else ran'
    yield 'end at %d' % i
print(list(while_else()))
g = while_else()
print(next(g), g.send(None), g.send('stop'), next(g, 'done'))

def nested_loops():
    for a in 'xy':
        for b in range(3):
            try:
                if b == 1:
                    break
                yield a + str(b)
            finally:
                print('  leave', a, b)
print(list(nested_loops()))

def throw_into_loop():
    for i in range(3):
        try:
            yield i
        except ValueError:
            print('  handled in iteration', i)
        finally:
            print('  finally', i)
g = throw_into_loop()
print(next(g), g.throw(ValueError), g.throw(ValueError))
try:
    g.throw(ValueError)
except StopIteration:
    print('loop ran out while handling')
g = consumer_breaks()
next(g)
g.throw(IndexError('ends the producer'))
