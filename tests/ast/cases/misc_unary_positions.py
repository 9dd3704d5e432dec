-a
not b
~ c
