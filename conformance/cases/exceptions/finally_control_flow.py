# return, break and continue inside finally, and what they do to a pending exception.
def ret_in_finally():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"


def ret_overridden():
    try:
        return "try"
    finally:
        print("  cleanup runs before the return")


def ret_replaced():
    try:
        return "try"
    finally:
        return "finally"


def loop_break():
    out = []
    for i in range(5):
        try:
            if i == 2:
                raise KeyError(i)
            out.append(i)
        finally:
            if i == 2:
                break
    return out


def loop_continue():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise RuntimeError(i)
            out.append(i)
        finally:
            continue
    return out


def nested():
    log = []
    try:
        try:
            raise TypeError("inner")
        finally:
            log.append("inner finally")
    except TypeError as e:
        log.append(f"caught {e}")
    finally:
        log.append("outer finally")
    return log


def exception_in_finally():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")


def generator_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  generator finally")


print(ret_in_finally())
print(ret_overridden())
print(ret_replaced())
print(loop_break())
print(loop_continue())
print(nested())
try:
    exception_in_finally()
except KeyError as e:
    print("KeyError", e, "context:", repr(e.__context__))
g = generator_finally()
print(next(g))
g.close()
print("closed")
g = generator_finally()
for x in g:
    print("got", x)
    break
g.close()
print("after close")
count = 0
while True:
    try:
        count += 1
        if count == 3:
            break
    finally:
        print("  iteration", count)
print("count", count)
