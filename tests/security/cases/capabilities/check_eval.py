# expect: policy
eval("1")
