def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print('{:d} {:5d} {:<5d}| {:^7d} {:+d} {: d} {:x} {:#X} {:o} {:b} {:,} {:_} {:08.3f} {:e} {:g} {:%}'.format(
    42, 42, 42, 42, 42, 42, 255, 255, 8, 5, 1234567, 1234567, 3.14159, 12345.678, 0.0001, 0.25))
print('{:>10} {:*^10} {:.3} {:10.2}|'.format('right', 'mid', 'truncate', 'ab'), '{:c}'.format(9731), '{:n}'.format(1234))
print('{0:=+8d} {0:08d} {1:08.2f} {2:.0f} {3:.2e}'.format(-42, -3.14159, 2.5, 0.000123))
print('{:s}'.format('s'), '{:}'.format(1.5), '{:.5}'.format(1/3), '{}'.format(1e16), '{}'.format(None), '{:>6}'.format(True))
t(lambda: '{:d}'.format('a'))
t(lambda: '{:s}'.format(1))
t(lambda: '{:x}'.format(1.5))
t(lambda: '{:=^5}'.format('a'))
t(lambda: '{:abc}'.format(1))
t(lambda: '{:,_}'.format(1))
t(lambda: '{:+s}'.format('a'))
t(lambda: '{:>5}'.format(None))
t(lambda: '{}'.format(object.__new__(type('NoFmt', (), {'__format__': lambda s, spec: 5}))))
