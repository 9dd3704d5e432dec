class A:
    pass
print('{0.missing}'.format(A()))
