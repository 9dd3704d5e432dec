class MyErr(UnicodeDecodeError):
    def __init__(self, data):
        super().__init__('my-codec', data, 0, len(data), 'custom reason')
        self.extra = 'x'
e = MyErr(b'\x01\x02')
print(e, e.extra, e.args, e.encoding, e.object, e.end)
print(isinstance(e, UnicodeDecodeError), isinstance(e, ValueError))
try:
    raise MyErr(b'\x05')
except UnicodeError as x:
    print(type(x).__name__, x)
class E2(UnicodeEncodeError):
    pass
print(E2('e', 'abc', 1, 2, 'r'), repr(E2('e', 'abc', 1, 2, 'r')))
try:
    b'\xff'.decode()
except UnicodeDecodeError as err:
    print(type(err) is UnicodeDecodeError, err.args)
