# expect: ok
# stdin: a\nb\nc
# stdout: 3
# Reading until EOF ends: the last line lacks its newline, and then EOFError.
n = 0
while True:
    try:
        input()
    except EOFError:
        break
    n += 1
print(n)
