print(b'%s' % b'ok')
b'%d' % b'notanumber'
