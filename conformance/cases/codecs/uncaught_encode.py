print('price: 5\u20ac'.encode('utf-8'))
'price: 5\u20ac'.encode('ascii')
