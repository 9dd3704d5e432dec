# expect: policy
m = __import__("os")
