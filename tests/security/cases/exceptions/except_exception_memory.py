# expect: limit=memory
caught = 0
while True:
    try:
        x = "a" * 10**10
    except Exception:
        caught += 1
    except MemoryError:
        caught += 1
