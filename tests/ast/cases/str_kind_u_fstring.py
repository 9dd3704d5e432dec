a = u'a' f'{x:>{w}}' 'b'
b = u'a' 'b' f'{y}'
c = 'a' u'b'
