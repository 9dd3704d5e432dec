x = ('abc'
     'def'
     f'{g}')
