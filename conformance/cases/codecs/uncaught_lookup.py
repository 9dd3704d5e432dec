print('ok'.encode('latin-1'))
'ok'.encode('klingon')
