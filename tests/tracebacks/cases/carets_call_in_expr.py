def get():
    return None


value = get().strip()
