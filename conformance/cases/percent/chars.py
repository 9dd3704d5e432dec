def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print('%c%c%c' % (72, 105, 0x1F600), '%c' % 'é', '%5c|%-5c|' % ('x', 65), '%c' % True, '%c' % 0, '%.0c|' % 'z')
class I:
    def __index__(self): return 66
print('%c' % I(), '%c%s' % ('a', 'b'), '%c' % 0x10FFFF == chr(0x10FFFF))
