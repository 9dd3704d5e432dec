str.maketrans('abc', 'de')
