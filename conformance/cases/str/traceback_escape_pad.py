print('x'.center(3, '-'))
'x'.center(5, '--')
