# expect: ok
# stdout: False False False
# print.__self__ is the builtins module in CPython; whatever it is here, it holds no
# capability the sandbox left out.
m = print.__self__
names = dir(m)
print("open" in names, "eval" in names, "__import__" in names)
