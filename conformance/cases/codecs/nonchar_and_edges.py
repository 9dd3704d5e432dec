edge = '\x00\x7f\x80\u07ff\u0800\ud7ff\ue000\ufffd\ufffe\uffff\U00010000\U0010ffff'
b = edge.encode()
print(b, b.decode() == edge)
print(edge.encode('utf-16-be'), edge.encode('utf-32-le')[-8:])
print(b'\xef\xbf\xbf\xf4\x8f\xbf\xbf'.decode() == '\uffff\U0010ffff', b'\xc2\x80\xdf\xbf'.decode())
print(ascii(b'\xe0\xa0\x80\xed\x9f\xbf\xee\x80\x80'.decode()))
