def check(cond, *msg):
    try:
        if msg:
            assert cond, msg[0]
        else:
            assert cond
        print("ok", cond)
    except AssertionError as e:
        print("AssertionError", repr(e), e.args)


check(True)
check(1)
check([])
check(0, "zero")
check("", ["list", "msg"])
check(None, None)
check(False, 42)
calls = []


def msg():
    calls.append("msg evaluated")
    return "lazy"


assert True, msg()
print(calls)
try:
    assert False, msg()
except AssertionError as e:
    print(calls, e)


class Falsey:
    def __bool__(self):
        return False


try:
    assert Falsey(), "custom bool"
except AssertionError as e:
    print(e)


class BadBool:
    def __bool__(self):
        return "yes"


try:
    assert BadBool()
except TypeError as e:
    print(type(e).__name__, e)
try:
    assert (1, 2) == (1, 3), f"tuples differ: {(1, 2)} != {(1, 3)}"
except AssertionError as e:
    print(e)
x = 5
assert x < 3, f"x is too big: {x}"
