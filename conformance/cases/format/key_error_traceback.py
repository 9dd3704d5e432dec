'{name} is {age}'.format(name='x')
