# a walrus inside a comprehension directly in a class body has no scope to bind in
print('never printed')
class Config:
    names = ['a', 'b']
    upper = [(last := n.upper()) for n in ['a', 'b']]
print(Config.upper)
