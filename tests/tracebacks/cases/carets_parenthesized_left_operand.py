count = total = 0
average = (total + 1) / count
