# expect: policy
try:
    pass
except compile:
    pass
