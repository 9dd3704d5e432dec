# expect: NameError
memoryview(b"abc")
