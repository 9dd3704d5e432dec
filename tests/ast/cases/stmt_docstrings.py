'''module doc'''
def f():
    '''func doc'''
    return 1
class C:
    """class doc"""
    def m(self):
        'method doc'
        pass
async def g():
    'async doc'
def h():
    x = 1
    'not doc'
def i():
    f'not doc {x}'
def j():
    'a' 'b'
