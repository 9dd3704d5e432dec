# expect: policy
def read():
    return open("/etc/passwd").read()
