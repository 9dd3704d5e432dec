text = "hello"
print(text[1:3])
print(text["a":])
