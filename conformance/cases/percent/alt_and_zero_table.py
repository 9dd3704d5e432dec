def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for f in ['%#x', '%#X', '%#o', '%#5x', '%#-5x|', '%#05x', '%#05o', '%#.3x', '%#8.3x', '%#08.3x', '%#-8.3x|', '%+#x', '% #o', '%+#08x', '%#x']:
    print(f, [f % v for v in (0, 1, -1, 255, -255)])
for f in ['%05d', '%-05d|', '%+05d', '% 05d', '%05.1f', '%-07.2f|', '%+07.2f', '% 07.2e', '%05s', '%05c', '%05r']:
    print(f, [f % v for v in ((3,), (-3,), (1.5,))] if 's' not in f and 'c' not in f and 'r' not in f else f % 'x')
