def return_overrides_return():
    try:
        return "try"
    finally:
        return "finally"


def return_swallows_exception():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def finally_sees_return_value():
    x = []
    try:
        x.append(1)
        return x
    finally:
        x.append(2)


def finally_rebinds_after_return():
    x = 1
    try:
        return x
    finally:
        x = 2


def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return f"broke at {i}"


def continue_in_finally():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            seen.append(i)
        finally:
            continue
    return seen


def break_overrides_return():
    while True:
        try:
            return "never"
        finally:
            break
    return "after loop"


def exception_in_finally_replaces():
    try:
        raise KeyError("original")
    finally:
        raise ValueError("replacement")


def nested_finally_order():
    out = []
    try:
        try:
            out.append("inner try")
            return out
        finally:
            out.append("inner finally")
    finally:
        out.append("outer finally")


def generator_finally():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")


for fn in [return_overrides_return, return_swallows_exception, finally_sees_return_value,
           finally_rebinds_after_return, break_in_finally, continue_in_finally,
           break_overrides_return, nested_finally_order]:
    print(fn.__name__, fn())
try:
    exception_in_finally_replaces()
except Exception as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
g = generator_finally()
print(next(g))
g.close()
print("closed")
g = generator_finally()
for v in g:
    print("loop", v)
    break
g.close()
print("end")
