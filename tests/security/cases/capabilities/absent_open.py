# expect: NameError
open("/etc/passwd").read()
