# assert: the message is evaluated only on failure, any object can be the message, and the
# AssertionError carries it as its single argument.  The last assert is left uncaught.
calls = []


def msg(text):
    calls.append(text)
    return text


assert True, msg("never evaluated")
assert 1 and [0], msg("never evaluated either")
print(calls)
for cond, message in ((0, "zero"), ("", None), ([], 42), (None, ("a", "b")), (False, [1])):
    try:
        if message is None:
            assert cond
        else:
            assert cond, message
    except AssertionError as e:
        print(repr(e), e.args, repr(str(e)))

try:
    assert False, msg("evaluated now")
except AssertionError as e:
    print(e, calls)


class Falsy:
    def __bool__(self):
        calls.append("__bool__")
        return False


class BadBool:
    def __bool__(self):
        raise ValueError("truth test failed")


try:
    assert Falsy(), "custom falsy object"
except AssertionError as e:
    print(e, calls)
try:
    assert BadBool(), msg("not reached")
except ValueError as e:
    print("ValueError:", e)


class MyError(Exception):
    pass


try:
    assert 1 == 2, MyError("an exception object as the message")
except AssertionError as e:
    print(type(e.args[0]).__name__, e)
try:
    assert len([1, 2]) == 3, f"length was {len([1, 2])}"
except AssertionError as e:
    print(e)


def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n


print(check_positive(5))
try:
    check_positive(-1)
except AssertionError as e:
    print(type(e).__name__, e)
x = (1, 2)
assert x, "a non-empty tuple is true"
assert check_positive(-3) > 0, "the call raised first"
