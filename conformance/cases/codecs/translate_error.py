e = UnicodeTranslateError('abc\u20ac', 3, 4, 'no mapping')
print(e, e.encoding, repr(e.object), e.start, e.end, e.reason)
try:
    raise e
except UnicodeError as x:
    print(type(x).__name__, '|', x)
print(str(UnicodeTranslateError('\U0001f600x', 0, 1, 'r')), str(UnicodeTranslateError('ab', 0, 0, 'r')))
