try:
    raise ValueError("first")
finally:
    print(undefined)
