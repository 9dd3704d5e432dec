# expect: EOFError
# With nothing on stdin, input() raises EOFError: it never blocks on the host's terminal.
input("name? ")
