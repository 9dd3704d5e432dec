# expect: limit=memory
raise ValueError("x" * 10**10)
