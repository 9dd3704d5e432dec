'abc'.replace('a')
