# A line of stdin that is not UTF-8 (a sequence cut short by the newline) is a strict
# UnicodeDecodeError; the next input() is at the end of stdin.
try:
    input('prompt> ')
except UnicodeDecodeError as e:
    print(type(e).__name__, e, e.encoding, e.object, e.start, e.end, e.reason)
input()
