try:
 x
finally:
x
