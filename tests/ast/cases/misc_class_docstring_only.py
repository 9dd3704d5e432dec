class A:
    'doc'
