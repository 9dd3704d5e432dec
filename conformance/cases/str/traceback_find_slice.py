'abc'.find('b', 'start')
