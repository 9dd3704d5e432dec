# try/finally with return, break and continue: which value wins, when the finally block
# runs, and exceptions that a finally block's own control flow discards.
def return_override():
    try:
        return "try"
    finally:
        return "finally"


def return_value_fixed():
    x = "before"
    try:
        return x
    finally:
        x = "changed in finally"


def break_swallows():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return f"swallowed at {i}"


def continue_swallows():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            seen.append(i)
        finally:
            continue
    return seen


def return_in_finally_swallows():
    try:
        1 / 0
    finally:
        return "exception discarded"


def nested_order(log):
    try:
        try:
            log.append("inner try")
            return "inner"
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")


def finally_raises():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")


def loop_with_finally(log):
    for i in range(4):
        try:
            if i == 0:
                continue
            if i == 2:
                break
            log.append(f"body {i}")
        finally:
            log.append(f"finally {i}")
    else:
        log.append("else never")
    return log


def while_return_in_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return f"returned at {n}"
        finally:
            if n < 3:
                continue


def exception_state_in_finally():
    import sys
    try:
        raise ValueError("active")
    finally:
        print("in finally:", repr(sys.exception()))


print(return_override(), return_value_fixed(), break_swallows(), continue_swallows())
print(return_in_finally_swallows())
log = []
print(nested_order(log), log)
try:
    finally_raises()
except TypeError as e:
    print("TypeError", e, "context:", repr(e.__context__))
print(loop_with_finally([]))
print(while_return_in_finally())
try:
    exception_state_in_finally()
except ValueError as e:
    print("propagated:", e)


def generator_finally():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")


gen = generator_finally()
for v in gen:
    print("got", v)
    break
print("after break")
gen.close()
print("closed")
count = 0
try:
    while True:
        try:
            count += 1
            if count > 2:
                raise StopIteration("done")
        finally:
            print("finally", count)
except StopIteration as e:
    print("StopIteration", e)
