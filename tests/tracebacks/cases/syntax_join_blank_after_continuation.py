x = not \

1
