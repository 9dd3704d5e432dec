a = 10
b = "x"
result = a + b
