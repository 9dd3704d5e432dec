count = 5
count.label = "five"
