# expect: check-ok
# getattr with an ordinary name, or a computed one, is no violation for the static check.
class A:
    x = 1
name = 'x'
print(getattr(A, 'x'), getattr(A, name), hasattr(A, '__name__'))
