def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print('100%%' % (), '%%s' % (), '%%%%' % (), '%s%%' % 5, '%%%s%%' % 'x', '%%(a)s' % {}, 'a%%b%%c' % ())
t(lambda: '%%%' % ())
t(lambda: '%% %' % ())
t(lambda: '%%' % 5)
t(lambda: '%%' % (5,))
print('%%' % {}, '%%' % [], b'%%' % (), b'%%%s' % b'x')
