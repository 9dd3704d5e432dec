def report():
    total_count = 10
    return total_cout * 2


report()
