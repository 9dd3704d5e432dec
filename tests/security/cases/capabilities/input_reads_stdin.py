# expect: ok
# stdin: alice\nbob\n
# stdout: alice bob
a = input()
b = input()
print(a, b)
