# str, bytes and bytearray repetition take any __index__ count, call it once, and refuse
# counts beyond an index-sized integer of either sign naming the operand's type.
calls = []
class N:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        calls.append(self.v)
        return self.v
class I(int):
    pass
print('ab' * N(2), N(3) * 'x', b'ab' * N(2), N(0) * b'x', bytearray(b'c') * N(3), calls)
ba = bytearray(b'xy')
ba *= N(2)
s = 'q'
s *= N(2)
print(ba, s, calls)
for call in [lambda: 'a' * 2**70, lambda: 'a' * -2**70, lambda: '' * 2**70, lambda: b'a' * -2**70,
             lambda: 2**64 * b'', lambda: bytearray() * -2**63 * 2, lambda: 'a' * I(2**70),
             lambda: b'a' * N(-2**70), lambda: N(2**64) * 'z', lambda: 'a' * 1.5, lambda: b'a' * 'b',
             lambda: 'a' * b'b', lambda: bytearray(b'a') * bytearray(b'b'), lambda: 'a' * I(-3),
             lambda: b'ab' * True, lambda: False * 'ab', lambda: b'x' * -1]:
    try:
        print(repr(call()))
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
ba = bytearray(b'k')
try:
    ba *= 2**70
except OverflowError as e:
    print('OverflowError', e, ba)
'x' * N(-2**70)
