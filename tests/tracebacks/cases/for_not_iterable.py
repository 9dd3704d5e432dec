count = 7
for i in count:
    print(i)
