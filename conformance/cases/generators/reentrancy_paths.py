# a running generator cannot be re-entered: next, send, throw and close from inside it, from a
# sub-generator it delegates to, or from a generator expression that refers to it
def reenter_throw():
    try:
        me.throw(KeyError('into myself'))
    except ValueError as e:
        yield 'throw: %s' % e
me = reenter_throw()
print(next(me))

def inner_calls_outer():
    try:
        next(outer_gen)
    except ValueError as e:
        yield 'inner saw: %s' % e
def delegating():
    yield from inner_calls_outer()
outer_gen = delegating()
print(next(outer_gen))

def inner_sends_to_self():
    try:
        inner_gen.send(None)
    except ValueError as e:
        yield 'inner re-entry: %s' % e
inner_gen = inner_sends_to_self()
def wraps_inner():
    yield from inner_gen
w = wraps_inner()
print(next(w))
print('direct next while delegated to:', next(inner_gen, 'inner finished'), next(w, 'w done'))

def via_genexp():
    g2 = (next(ge_owner) for _ in range(1))
    try:
        next(g2)
    except ValueError as e:
        yield 'genexp: %s' % e
ge_owner = via_genexp()
print(next(ge_owner))

def recursive_list():
    yield 1
    yield list(rl)
rl = recursive_list()
print(next(rl))
try:
    next(rl)
except ValueError as e:
    print('list() of itself:', e)
print('exhausted after the error:', next(rl, 'yes'))

def state_probe():
    yield probe_target.gi_running
    yield probe_target.gi_suspended
probe_target = state_probe()
print(probe_target.gi_running, probe_target.gi_suspended, list(probe_target),
      probe_target.gi_running, probe_target.gi_suspended)

def nested_ok():
    def helper():
        yield 'helper value'
    h = helper()
    yield next(h)
    yield next(h, 'helper done')
print(list(nested_ok()))

def reentrant_close_from_finally():
    try:
        yield 1
    finally:
        try:
            closer.close()
        except ValueError as e:
            print('close from own finally:', e)
closer = reentrant_close_from_finally()
next(closer)
closer.close()
print(closer.gi_suspended, next(closer, 'done'))
def last():
    yield next(last_gen)
last_gen = last()
list(last_gen)
