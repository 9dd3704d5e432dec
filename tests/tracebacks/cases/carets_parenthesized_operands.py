rate = 0
value = ((100)) //(rate)
