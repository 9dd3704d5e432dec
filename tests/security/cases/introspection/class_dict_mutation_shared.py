# expect: ok
# stdout: 2
# Heap classes are per session and mutable, as in Python.
class A:
    x = 1
A.x = 2
print(A.x)
