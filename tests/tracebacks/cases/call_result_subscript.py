def get_items():
    return None


first = get_items()[0]
