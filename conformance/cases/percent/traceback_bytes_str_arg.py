b'%s' % 'text'
