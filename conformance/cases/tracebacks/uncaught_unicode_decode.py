data = b"caf\xe9"
print(data.decode("latin-1"))
data.decode("utf-8")
