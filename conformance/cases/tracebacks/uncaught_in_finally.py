try:
    print("body")
finally:
    raise OSError("cleanup failed")
