def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print('abc'.__format__(''), 'abc'.__format__('>5'), 'abc'.__format__('.2'), 'é'.__format__('^5'), '{:*^7}'.format('mid'))
print(format('abc', '<6') + '|', format('abc'), format('abc', 's'))
class S(str): pass
print(type(S('x').__format__('')).__name__, type(format(S('x'))).__name__, type(format(S('x'), '>3')).__name__)
print('abc'.__getnewargs__(), type(S('q').__getnewargs__()[0]).__name__, S('q').__getnewargs__())
print(''.__sizeof__(), 'ab'.__sizeof__(), 'é'.__sizeof__(), 'ĀĀ'.__sizeof__(), '😀'.__sizeof__(), ('x' * 100).__sizeof__())
t(lambda: 'abc'.__format__(1))
t(lambda: 'abc'.__format__())
t(lambda: 'abc'.__format__('d'))
t(lambda: 'abc'.__format__('+'))
t(lambda: 'abc'.__format__('='))
t(lambda: 'abc'.__format__('#'))
t(lambda: 'abc'.__getnewargs__(1))
t(lambda: 'abc'.__sizeof__(1))
