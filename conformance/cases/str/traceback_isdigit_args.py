'1'.isdigit(True)
