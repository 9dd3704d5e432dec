# expect: policy
g = lambda x=compile("1", "", "eval"): x
