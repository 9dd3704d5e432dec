name = "abc"
value = -name
