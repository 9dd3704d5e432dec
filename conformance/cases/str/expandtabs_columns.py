def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = 'a\tbb\tccc\tdddd\teeeee\tf'
for n in range(0, 10):
    print(n, repr(s.expandtabs(n)))
print(repr('ab\n\tx\r\ty\r\n\tz'.expandtabs(4)), repr('é\té\t😀\t|'.expandtabs(3)), repr('\t\x0b\t'.expandtabs(2)), repr('\t\x1c\t'.expandtabs(2)))
