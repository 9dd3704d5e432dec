print('abc'.rindex('b'))
'abc'.rindex('b', 2)
