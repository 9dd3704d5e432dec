def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print('é{}ü{}😀'.format('à', 'ñ'), '{0}日本{1}'.format('x', 'y'), '{é}'.format(é='accent'), '{日本}'.format(**{'日本': 'jp'}))
print('{0:é^9}'.format('mid'), '{0:😀>5}'.format('r'), '{:.2}'.format('ééé'), '{0[é]}'.format({'é': 'e'}), '{0.real}'.format(1))
print(len('{}'.format('é' * 1000)), '{}'.format('😀' * 3), '{0}{0}'.format('ü'))
