def detail(f):
    try:
        print(repr(f()))
    except UnicodeError as e:
        print(type(e).__name__, e, '|', repr(e.encoding), repr(e.object), e.start, e.end, repr(e.reason))
    except Exception as e:
        print(type(e).__name__, e)

samples = [b'\xff', b'a\x80b', b'\xc0\x80', b'\xc1\xbf', b'\xc2', b'\xc2A', b'\xe2\x82', b'\xe2\x82a',
           b'\xe2\x28\xa1', b'\xed\xa0\x80', b'\xed\xa0', b'\xed\x9f\xbf', b'\xe0\x80\x80', b'\xe0\xa0',
           b'\xe0\x9f', b'\xf0\x9f\x98', b'\xf0\x9f', b'\xf0\x80\x80\x80', b'\xf0\x90\x41', b'\xf0\x90\x80\x41',
           b'\xf4\x8f\xbf\xbf', b'\xf4\x90\x80\x80', b'\xf5\x80\x80\x80', b'\xf8\x88\x80\x80\x80', b'\xfe\xff',
           b'ok \xce\xbb \xff end', b'\xe2\x82\xac\xe2\x82']
for s in samples:
    detail(lambda: s.decode())
