def connect(host, port=80, *, timeout=10):
    return (host, port, timeout)


print(connect("h", timeout=1))
connect("h", 1, 2)
